package io.gongjian.evaluation.domain;

import static io.gongjian.evaluation.domain.Numbers.HUNDRED;

import io.gongjian.evaluation.domain.Facts.AssessmentKind;
import io.gongjian.evaluation.domain.Facts.RespondentSide;
import io.gongjian.evaluation.domain.Facts.SurveyKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The 13 indicators of docs/evaluation-method.md (3), each with its formula in one place: {@link #measure}
 * computes the raw value over a window, {@link Scoring} turns it into a score 0..100.
 */
public enum Indicator {
    ORG_PARTICIPATION(
            Dimension.ORGANIZATION,
            "党员参与率",
            "party-member participation rate",
            Scoring.PERCENT,
            "%",
            "mean over activities in window of min(1, (pmU + pmE) / (MU + ME)), MU and ME effective on the activity's date") {
        @Override
        public Measure measure(Window window, Facts facts) {
            List<UUID> used = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Facts.Activity activity : facts.activities()) {
                if (!window.contains(activity.occurredOn())) {
                    continue;
                }
                Optional<Integer> university = facts.universityMembers().on(activity.occurredOn());
                Optional<Integer> enterprise = facts.enterpriseMembers().on(activity.occurredOn());
                if (university.isEmpty() || enterprise.isEmpty() || university.get() + enterprise.get() == 0) {
                    continue; // MU + ME unknown or 0: left out
                }
                BigDecimal share = Numbers.divide(
                        BigDecimal.valueOf(activity.universityPartyMembers() + activity.enterprisePartyMembers()),
                        BigDecimal.valueOf(university.get() + enterprise.get()));
                sum = sum.add(Numbers.min(BigDecimal.ONE, share));
                used.add(activity.id());
            }
            return meanOver(sum, used.size(), used);
        }
    },
    ORG_ACTIVITY_FREQUENCY(
            Dimension.ORGANIZATION,
            "党建活动频次",
            "frequency of joint party-building activities",
            Scoring.VOLUME,
            "activities/year",
            "count(activities in window) × 365 / W",
            12) {
        @Override
        public Measure measure(Window window, Facts facts) {
            List<UUID> ids = facts.activities().stream()
                    .filter(a -> window.contains(a.occurredOn()))
                    .map(Facts.Activity::id)
                    .toList();
            return perYear(window, BigDecimal.valueOf(ids.size()), ids);
        }
    },
    ORG_CONSTRUCTION_SCORE(
            Dimension.ORGANIZATION,
            "组织建设完善度评分",
            "improvement of party organisation construction",
            Scoring.RAW,
            "points",
            "latest ORG_CONSTRUCTION assessment score in window (tie: the one recorded last)") {
        @Override
        public Measure measure(Window window, Facts facts) {
            return latestAssessment(window, facts, AssessmentKind.ORG_CONSTRUCTION);
        }
    },
    RES_TEACHING_RESOURCES(
            Dimension.RESOURCE,
            "教学资源共建数",
            "jointly developed teaching resources",
            Scoring.VOLUME,
            "resources/year",
            "count(TEACHING_RESOURCE achievements in window) × 365 / W",
            4) {
        @Override
        public Measure measure(Window window, Facts facts) {
            return achievementsPerYear(window, facts, "TEACHING_RESOURCE");
        }
    },
    RES_RESEARCH_PROJECTS(
            Dimension.RESOURCE,
            "联合科研项目数",
            "joint research projects",
            Scoring.VOLUME,
            "projects/year",
            "count(RESEARCH_PROJECT achievements in window) × 365 / W",
            3) {
        @Override
        public Measure measure(Window window, Facts facts) {
            return achievementsPerYear(window, facts, "RESEARCH_PROJECT");
        }
    },
    RES_TALENT_EXCHANGES(
            Dimension.RESOURCE,
            "人才交流人次",
            "talent exchange interactions",
            Scoring.VOLUME,
            "person-times/year",
            "sum(exchange headcount in window) × 365 / W",
            100) {
        @Override
        public Measure measure(Window window, Facts facts) {
            List<Facts.Exchange> inWindow = facts.exchanges().stream()
                    .filter(e -> window.contains(e.occurredOn()))
                    .toList();
            BigDecimal headcount = BigDecimal.valueOf(
                    inWindow.stream().mapToLong(Facts.Exchange::headcount).sum());
            return perYear(
                    window, headcount, inWindow.stream().map(Facts.Exchange::id).toList());
        }
    },
    SOC_ECONOMIC_CONTRIBUTION(
            Dimension.SOCIAL,
            "地方经济贡献",
            "contribution to the local economy",
            Scoring.VOLUME,
            "10k CNY/year",
            "sum(conversion outputValue, convertedOn in window) × 365 / W",
            500) {
        @Override
        public Measure measure(Window window, Facts facts) {
            List<Facts.Conversion> inWindow = facts.conversions().stream()
                    .filter(c -> window.contains(c.convertedOn()))
                    .toList();
            BigDecimal value =
                    inWindow.stream().map(Facts.Conversion::outputValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            return perYear(
                    window, value, inWindow.stream().map(Facts.Conversion::id).toList());
        }
    },
    SOC_INFLUENCE_INDEX(
            Dimension.SOCIAL,
            "社会影响力指数",
            "social influence index",
            Scoring.RAW,
            "points",
            "respondent-weighted mean of SOCIAL_INFLUENCE survey batches in window, all respondent sides") {
        @Override
        public Measure measure(Window window, Facts facts) {
            return weightedSurveyMean(window, facts, SurveyKind.SOCIAL_INFLUENCE, side -> true);
        }
    },
    INN_PRACTICES(
            Dimension.INNOVATION,
            "党建创新实践数",
            "innovative party-building practices",
            Scoring.VOLUME,
            "practices/year",
            "count(INNOVATIVE_PRACTICE achievements in window) × 365 / W",
            2) {
        @Override
        public Measure measure(Window window, Facts facts) {
            return achievementsPerYear(window, facts, "INNOVATIVE_PRACTICE");
        }
    },
    INN_CONVERSION_RATE(
            Dimension.INNOVATION,
            "科研成果转化率",
            "conversion rate of research achievements",
            Scoring.PERCENT,
            "%",
            "converted / all RESEARCH_OUTPUT achievements in window; converted: at least one conversion with convertedOn ≤ D") {
        @Override
        public Measure measure(Window window, Facts facts) {
            List<UUID> ids = new ArrayList<>();
            int outputs = 0;
            int converted = 0;
            for (Facts.Achievement achievement : facts.achievements()) {
                if (!achievement.type().equals("RESEARCH_OUTPUT") || !window.contains(achievement.registeredOn())) {
                    continue;
                }
                outputs++;
                ids.add(achievement.id());
                List<UUID> conversions = facts.conversions().stream()
                        .filter(c -> c.achievementId().equals(achievement.id())
                                && !c.convertedOn().isAfter(window.asOf()))
                        .map(Facts.Conversion::id)
                        .toList();
                if (!conversions.isEmpty()) {
                    converted++;
                    ids.addAll(conversions);
                }
            }
            return meanOver(BigDecimal.valueOf(converted), outputs, ids);
        }
    },
    INN_TEACHING_MODE_SCORE(
            Dimension.INNOVATION,
            "教学模式创新评分",
            "teaching-mode innovation",
            Scoring.RAW,
            "points",
            "latest TEACHING_MODE assessment score in window (tie: the one recorded last)") {
        @Override
        public Measure measure(Window window, Facts facts) {
            return latestAssessment(window, facts, AssessmentKind.TEACHING_MODE);
        }
    },
    FB_SATISFACTION_INDEX(
            Dimension.FEEDBACK,
            "评价满意度指数",
            "evaluation satisfaction index",
            Scoring.RAW,
            "points",
            "plain mean of the UNIVERSITY and ENTERPRISE sides' respondent-weighted SATISFACTION means in window (sides that have batches)") {
        @Override
        public Measure measure(Window window, Facts facts) {
            List<UUID> ids = new ArrayList<>();
            List<BigDecimal> sideMeans = new ArrayList<>();
            for (RespondentSide side : List.of(RespondentSide.UNIVERSITY, RespondentSide.ENTERPRISE)) {
                Measure sideMean = weightedSurveyMean(window, facts, SurveyKind.SATISFACTION, side::equals);
                ids.addAll(sideMean.recordIds());
                if (sideMean.available()) {
                    sideMeans.add(sideMean.raw());
                }
            }
            return meanOver(sideMeans.stream().reduce(BigDecimal.ZERO, BigDecimal::add), sideMeans.size(), ids);
        }
    },
    FB_RECTIFICATION_RATE(
            Dimension.FEEDBACK,
            "问题整改完成率",
            "completion rate of rectification",
            Scoring.PERCENT,
            "%",
            "completed / all rectification items raised in window; completed: completedOn ≤ D") {
        @Override
        public Measure measure(Window window, Facts facts) {
            List<Facts.Rectification> raised = facts.rectifications().stream()
                    .filter(r -> window.contains(r.raisedOn()))
                    .toList();
            long completed = raised.stream()
                    .filter(r -> r.completedOn() != null && !r.completedOn().isAfter(window.asOf()))
                    .count();
            List<UUID> ids = raised.stream().map(Facts.Rectification::id).toList();
            return meanOver(BigDecimal.valueOf(completed), raised.size(), ids);
        }
    };

    /** How a raw value becomes a score 0..100. */
    public enum Scoring {
        /** score = 100 × raw (a ratio 0..1). */
        PERCENT,
        /** score = raw (already 0..100). */
        RAW,
        /** score = min(100, 100 × raw / target); always available. */
        VOLUME
    }

    private final Dimension dimension;
    private final String chineseName;
    private final String englishName;
    private final Scoring scoring;
    private final String unit;
    private final String formula;
    private final BigDecimal defaultTarget;

    Indicator(
            Dimension dimension, String chineseName, String englishName, Scoring scoring, String unit, String formula) {
        this(dimension, chineseName, englishName, scoring, unit, formula, -1);
    }

    Indicator(
            Dimension dimension,
            String chineseName,
            String englishName,
            Scoring scoring,
            String unit,
            String formula,
            int defaultTarget) {
        this.dimension = dimension;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.scoring = scoring;
        this.unit = unit;
        this.formula = formula;
        this.defaultTarget = defaultTarget < 0 ? null : BigDecimal.valueOf(defaultTarget);
    }

    /** The raw value over the window, or unavailable, with the ids of the records that produced it. */
    public abstract Measure measure(Window window, Facts facts);

    /** The target a volume indicator is scored against: the agreement's own, else the scheme default. */
    public BigDecimal targetFor(Facts facts) {
        if (scoring != Scoring.VOLUME) {
            return null;
        }
        return facts.targets().getOrDefault(name(), defaultTarget);
    }

    /** The score 0..100 of an available raw value. A target of 0 is met by any volume, so it scores 100. */
    public BigDecimal score(BigDecimal raw, BigDecimal target) {
        return switch (scoring) {
            case PERCENT -> HUNDRED.multiply(raw);
            case RAW -> raw;
            case VOLUME -> target.signum() == 0
                    ? HUNDRED
                    : Numbers.min(HUNDRED, Numbers.divide(HUNDRED.multiply(raw), target));
        };
    }

    public Dimension dimension() {
        return dimension;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    public Scoring scoring() {
        return scoring;
    }

    public String unit() {
        return unit;
    }

    public String formula() {
        return formula;
    }

    public BigDecimal defaultTarget() {
        return defaultTarget;
    }

    /** The indicators of a dimension; they weigh equally inside it. */
    public static List<Indicator> of(Dimension dimension) {
        return java.util.Arrays.stream(values())
                .filter(indicator -> indicator.dimension == dimension)
                .toList();
    }

    /** total / count, the shape of every mean and rate here; nothing to count means not available. */
    private static Measure meanOver(BigDecimal total, long count, List<UUID> ids) {
        return count == 0
                ? Measure.unavailable(ids)
                : new Measure(Numbers.divide(total, BigDecimal.valueOf(count)), ids);
    }

    private static Measure perYear(Window window, BigDecimal amount, List<UUID> ids) {
        return new Measure(amount.multiply(window.annual(), Numbers.PRECISION), ids);
    }

    private static Measure achievementsPerYear(Window window, Facts facts, String type) {
        List<UUID> ids = facts.achievements().stream()
                .filter(a -> a.type().equals(type) && window.contains(a.registeredOn()))
                .map(Facts.Achievement::id)
                .toList();
        return perYear(window, BigDecimal.valueOf(ids.size()), ids);
    }

    private static Measure latestAssessment(Window window, Facts facts, AssessmentKind kind) {
        return facts.assessments().stream()
                .filter(a -> a.kind() == kind && window.contains(a.assessedOn()))
                .max(Comparator.comparing(Facts.Assessment::assessedOn).thenComparingLong(Facts.Assessment::sequence))
                .map(latest -> new Measure(latest.score(), List.of(latest.id())))
                .orElse(Measure.unavailable(List.of()));
    }

    private static Measure weightedSurveyMean(
            Window window, Facts facts, SurveyKind kind, Predicate<RespondentSide> sides) {
        List<Facts.Survey> batches = facts.surveys().stream()
                .filter(s -> s.kind() == kind && sides.test(s.side()) && window.contains(s.collectedOn()))
                .toList();
        List<UUID> ids = batches.stream().map(Facts.Survey::id).toList();
        long respondents = batches.stream().mapToLong(Facts.Survey::respondents).sum();
        BigDecimal weighted = batches.stream()
                .map(s -> s.mean().multiply(BigDecimal.valueOf(s.respondents())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return meanOver(weighted, respondents, ids);
    }
}
