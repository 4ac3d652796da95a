package io.gongjian.evaluation.domain;

import static io.gongjian.evaluation.domain.Numbers.HUNDRED;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
        public Measure measure(Window window, DayFigures figures) {
            return meanOver(this, window, figures, figures.participationShares(), figures.participations());
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
        public Measure measure(Window window, DayFigures figures) {
            return perYear(this, window, figures, figures.activities(), figures.activities());
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
        public Measure measure(Window window, DayFigures figures) {
            return latest(figures, figures.orgConstruction());
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
        public Measure measure(Window window, DayFigures figures) {
            return perYear(this, window, figures, figures.teachingResources(), figures.teachingResources());
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
        public Measure measure(Window window, DayFigures figures) {
            return perYear(this, window, figures, figures.researchProjects(), figures.researchProjects());
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
        public Measure measure(Window window, DayFigures figures) {
            return perYear(this, window, figures, figures.exchangeHeadcount(), figures.exchanges());
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
        public Measure measure(Window window, DayFigures figures) {
            return perYear(this, window, figures, figures.conversionValue(), figures.conversions());
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
        public Measure measure(Window window, DayFigures figures) {
            return surveyMean(this, window, figures, figures.influence());
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
        public Measure measure(Window window, DayFigures figures) {
            return perYear(this, window, figures, figures.innovativePractices(), figures.innovativePractices());
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
        public Measure measure(Window window, DayFigures figures) {
            int converted = DayFigures.onOrBefore(figures.firstConversions(), window.asOf());
            int conversions = DayFigures.onOrBefore(figures.outputConversions(), window.asOf());
            return new Measure(
                    ratio(BigDecimal.valueOf(converted), figures.researchOutputs()),
                    figures.researchOutputs() + conversions,
                    figures.recordsOf(this, window.asOf()));
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
        public Measure measure(Window window, DayFigures figures) {
            return latest(figures, figures.teachingMode());
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
        public Measure measure(Window window, DayFigures figures) {
            List<BigDecimal> sideMeans = new ArrayList<>();
            for (DayFigures.SurveyTotal side :
                    List.of(figures.universitySatisfaction(), figures.enterpriseSatisfaction())) {
                BigDecimal mean = ratio(side.weighted(), side.respondents());
                if (mean != null) {
                    sideMeans.add(mean);
                }
            }
            return new Measure(
                    ratio(sideMeans.stream().reduce(BigDecimal.ZERO, BigDecimal::add), sideMeans.size()),
                    figures.universitySatisfaction().batches()
                            + figures.enterpriseSatisfaction().batches(),
                    figures.recordsOf(this, window.asOf()));
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
        public Measure measure(Window window, DayFigures figures) {
            int completed = DayFigures.onOrBefore(figures.completions(), window.asOf());
            return meanOver(this, window, figures, BigDecimal.valueOf(completed), figures.rectifications());
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

    /**
     * The raw value over the window, or unavailable, from the window's summed figures; with how many records produced
     * it and, when the figures list them, which.
     */
    public abstract Measure measure(Window window, DayFigures figures);

    /** The same, computed from the facts themselves (explanations, workbooks, tests). */
    public Measure measure(Window window, Facts facts) {
        return measure(window, DayFigures.over(window, facts));
    }

    /** The target a volume indicator is scored against: the agreement's own, else the scheme default. */
    public BigDecimal targetFor(Map<String, BigDecimal> targets) {
        if (scoring != Scoring.VOLUME) {
            return null;
        }
        return targets.getOrDefault(name(), defaultTarget);
    }

    /** The score 0..100 of an available raw value. A target of 0 is met by any volume, so it scores 100. */
    public BigDecimal score(BigDecimal raw, BigDecimal target) {
        return switch (scoring) {
            case PERCENT -> HUNDRED.multiply(raw);
            case RAW -> raw;
                // A target met scores 100 without the division (a ranking makes ten thousand of them).
            case VOLUME -> raw.compareTo(target) >= 0
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
    private static BigDecimal ratio(BigDecimal total, long count) {
        return count == 0 ? null : Numbers.divide(total, BigDecimal.valueOf(count));
    }

    private static Measure meanOver(
            Indicator indicator, Window window, DayFigures figures, BigDecimal total, int count) {
        return new Measure(ratio(total, count), count, figures.recordsOf(indicator, window.asOf()));
    }

    private static Measure perYear(Indicator indicator, Window window, DayFigures figures, long amount, int records) {
        return perYear(indicator, window, figures, BigDecimal.valueOf(amount), records);
    }

    private static Measure perYear(
            Indicator indicator, Window window, DayFigures figures, BigDecimal amount, int records) {
        return new Measure(
                amount.multiply(window.annual(), Numbers.PRECISION),
                records,
                figures.recordsOf(indicator, window.asOf()));
    }

    /** The latest assessment in the window, and it alone behind the score. */
    private static Measure latest(DayFigures figures, DayFigures.Latest latest) {
        List<UUID> ids = figures.listsRecords() ? (latest == null ? List.of() : List.of(latest.id())) : null;
        return latest == null ? new Measure(null, 0, ids) : new Measure(latest.score(), 1, ids);
    }

    private static Measure surveyMean(
            Indicator indicator, Window window, DayFigures figures, DayFigures.SurveyTotal batches) {
        return new Measure(
                ratio(batches.weighted(), batches.respondents()),
                batches.batches(),
                figures.recordsOf(indicator, window.asOf()));
    }
}
