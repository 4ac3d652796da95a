package io.gongjian.evaluation.api.workbook;

import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.Facts;
import io.gongjian.evaluation.domain.Indicator;
import io.gongjian.evaluation.domain.MemberCounts;
import io.gongjian.evaluation.domain.Window;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A partnership's records drawn at random from a seed, over every shape INDICATORS.md distinguishes: records before,
 * inside and after the window, missing member counts, assessments on the same day, surveys of every kind and side,
 * open and late rectifications, agreement targets (some 0), windows from 30 to 1095 days.
 */
final class GeneratedFacts {

    static final LocalDate AS_OF = LocalDate.parse("2026-06-30");
    private static final List<String> ACHIEVEMENT_TYPES =
            List.of("RESEARCH_PROJECT", "RESEARCH_OUTPUT", "TEACHING_RESOURCE", "INNOVATIVE_PRACTICE", "AWARD");

    private final Random random;

    GeneratedFacts(long seed) {
        this.random = new Random(seed);
    }

    Window window() {
        int[] common = {365, 365, 30, 90, 730, 1095};
        int pick = random.nextInt(common.length + 1);
        return new Window(AS_OF, pick < common.length ? common[pick] : 30 + random.nextInt(1066));
    }

    EvaluatedPartnership partnership(Map<String, BigDecimal> targets) {
        return new EvaluatedPartnership(
                UUID.randomUUID(),
                1,
                "GJ-2026-" + random.nextInt(1000),
                "校企党建共建 " + random.nextInt(100),
                EvaluatedPartnership.ACTIVE,
                "110101",
                UUID.randomUUID(),
                UUID.randomUUID(),
                List.of(),
                targets,
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2030, 12, 31));
    }

    Map<String, BigDecimal> targets() {
        Map<String, BigDecimal> targets = new HashMap<>();
        for (Indicator indicator : Indicator.values()) {
            if (indicator.scoring() == Indicator.Scoring.VOLUME && random.nextInt(4) == 0) {
                targets.put(indicator.name(), BigDecimal.valueOf(random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(200)));
            }
        }
        return targets;
    }

    Facts facts(Map<String, BigDecimal> targets) {
        List<Facts.Activity> activities = new ArrayList<>();
        for (int i = random.nextInt(16); i > 0; i--) {
            activities.add(new Facts.Activity(UUID.randomUUID(), date(), random.nextInt(40), random.nextInt(40)));
        }
        List<Facts.Exchange> exchanges = new ArrayList<>();
        for (int i = random.nextInt(8); i > 0; i--) {
            exchanges.add(new Facts.Exchange(UUID.randomUUID(), date(), 1 + random.nextInt(60)));
        }
        List<Facts.Achievement> achievements = new ArrayList<>();
        List<Facts.Conversion> conversions = new ArrayList<>();
        for (int i = random.nextInt(12); i > 0; i--) {
            String type = ACHIEVEMENT_TYPES.get(random.nextInt(ACHIEVEMENT_TYPES.size()));
            Facts.Achievement achievement = new Facts.Achievement(UUID.randomUUID(), type, date());
            achievements.add(achievement);
            if (type.equals("RESEARCH_OUTPUT")) {
                for (int c = random.nextInt(3); c > 0; c--) {
                    conversions.add(new Facts.Conversion(
                            UUID.randomUUID(), achievement.id(), date(), BigDecimal.valueOf(random.nextInt(40000), 2)));
                }
            }
        }
        List<Facts.Assessment> assessments = new ArrayList<>();
        LocalDate shared = date();
        for (int i = random.nextInt(5); i > 0; i--) {
            assessments.add(new Facts.Assessment(
                    UUID.randomUUID(),
                    Facts.AssessmentKind.values()[random.nextInt(2)],
                    BigDecimal.valueOf(random.nextInt(1001), 1),
                    random.nextBoolean() ? shared : date(),
                    assessments.size() + 1));
        }
        List<Facts.Survey> surveys = new ArrayList<>();
        for (int i = random.nextInt(7); i > 0; i--) {
            surveys.add(new Facts.Survey(
                    UUID.randomUUID(),
                    Facts.SurveyKind.values()[random.nextInt(2)],
                    Facts.RespondentSide.values()[random.nextInt(3)],
                    date(),
                    1 + random.nextInt(50),
                    BigDecimal.valueOf(random.nextInt(10001), 2)));
        }
        List<Facts.Rectification> rectifications = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            LocalDate raised = date();
            LocalDate completed = random.nextBoolean() ? null : raised.plusDays(random.nextInt(200));
            rectifications.add(new Facts.Rectification(UUID.randomUUID(), raised, completed));
        }
        return new Facts(
                members(),
                members(),
                targets,
                activities,
                exchanges,
                achievements,
                conversions,
                assessments,
                surveys,
                rectifications);
    }

    /** 0 to 3 counts on distinct dates; now and then a count of 0. */
    private MemberCounts members() {
        Set<LocalDate> dates = new HashSet<>();
        List<MemberCounts.Entry> entries = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            LocalDate date = date();
            if (dates.add(date)) {
                entries.add(new MemberCounts.Entry(date, random.nextInt(5) == 0 ? 0 : random.nextInt(80)));
            }
        }
        return new MemberCounts(entries);
    }

    /** A business date from three years before the as-of date to a month after it. */
    private LocalDate date() {
        return AS_OF.minusDays(random.nextInt(1126) - 30L);
    }
}
