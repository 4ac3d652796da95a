package io.gongjian.evaluation.domain;

import static io.gongjian.evaluation.domain.Facts.AssessmentKind.ORG_CONSTRUCTION;
import static io.gongjian.evaluation.domain.Facts.AssessmentKind.TEACHING_MODE;
import static io.gongjian.evaluation.domain.Facts.RespondentSide.ENTERPRISE;
import static io.gongjian.evaluation.domain.Facts.RespondentSide.PUBLIC;
import static io.gongjian.evaluation.domain.Facts.RespondentSide.UNIVERSITY;
import static io.gongjian.evaluation.domain.Facts.SurveyKind.SATISFACTION;
import static io.gongjian.evaluation.domain.Facts.SurveyKind.SOCIAL_INFLUENCE;
import static io.gongjian.evaluation.domain.FactsBuilder.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each indicator of docs/evaluation-method.md against expectations computed by hand. Window: 2025-07-01 ..
 * 2026-06-30.
 */
class IndicatorTest {

    static final Window YEAR = new Window(date("2026-06-30"), 365);

    static void assertValue(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    static Measure measure(Indicator indicator, FactsBuilder facts) {
        return indicator.measure(YEAR, facts.build());
    }

    @Nested
    class TheWindow {
        @Test
        void runsFromTheDayAfterAYearAgoToTheAsOfDateInclusive() {
            assertEquals(date("2025-07-01"), YEAR.firstDay());
            FactsBuilder facts = new FactsBuilder();
            UUID first = facts.activity("2025-07-01", 1, 1);
            UUID last = facts.activity("2026-06-30", 1, 1);
            facts.activity("2025-06-30", 1, 1); // the day before: out
            facts.activity("2026-07-01", 1, 1); // after D: never counts
            Measure frequency = measure(Indicator.ORG_ACTIVITY_FREQUENCY, facts);
            assertValue("2", frequency.raw());
            assertEquals(List.of(first, last), frequency.recordIds());
        }

        @Test
        void annualisesCountsOverAShorterWindow() {
            // W = 73 days: annual = 365 / 73 = 5; 2 activities → 10 a year; score = 100 × 10 / 12 = 83.33…
            Window window = new Window(date("2026-06-30"), 73);
            FactsBuilder facts = new FactsBuilder();
            facts.activity("2026-04-19", 1, 1); // first day of the window: 2026-06-30 − 72 days
            facts.activity("2026-06-01", 1, 1);
            facts.activity("2026-04-18", 1, 1); // the day before: out
            Measure frequency = Indicator.ORG_ACTIVITY_FREQUENCY.measure(window, facts.build());
            assertValue("10", frequency.raw());
            assertEquals(
                    "83.33",
                    Numbers.shown(Indicator.ORG_ACTIVITY_FREQUENCY.score(frequency.raw(), new BigDecimal("12")))
                            .toPlainString());
        }
    }

    @Nested
    class PartyMemberParticipation {
        @Test
        void usesTheCountsEffectiveOnEachActivitysDate() {
            FactsBuilder facts =
                    new FactsBuilder().members("2025-01-01", 60, 40).members("2026-01-01", 150, 50);
            facts.activity("2025-12-31", 10, 10); // 20 / (60 + 40) = 0.2
            facts.activity("2026-01-01", 10, 30); // 40 / (150 + 50) = 0.2 ... then mean 0.2
            facts.activity("2026-03-01", 50, 50); // 100 / 200 = 0.5
            // mean of 0.2, 0.2, 0.5 = 0.3 → score 30
            Measure participation = measure(Indicator.ORG_PARTICIPATION, facts);
            assertValue("0.3", participation.raw());
            assertValue("30", Indicator.ORG_PARTICIPATION.score(participation.raw(), null));
        }

        @Test
        void fallsBackToTheEarliestCountBeforeTheFirstOne() {
            FactsBuilder facts = new FactsBuilder().members("2026-05-01", 30, 70);
            facts.activity("2025-09-01", 25, 25); // before any count: the earliest (30 + 70) applies → 0.5
            assertValue("0.5", measure(Indicator.ORG_PARTICIPATION, facts).raw());
        }

        @Test
        void capsEachActivityAtOne() {
            FactsBuilder facts = new FactsBuilder().members("2025-01-01", 10, 10);
            facts.activity("2025-09-01", 30, 30); // 60 / 20 → capped at 1
            facts.activity("2025-10-01", 5, 5); // 10 / 20 = 0.5
            assertValue("0.75", measure(Indicator.ORG_PARTICIPATION, facts).raw());
        }

        @Test
        void leavesOutActivitiesWithoutKnownMembersAndIsUnavailableWithoutAny() {
            FactsBuilder unknown = new FactsBuilder();
            unknown.activity("2025-09-01", 3, 3);
            assertFalse(measure(Indicator.ORG_PARTICIPATION, unknown).available());
            FactsBuilder zero = new FactsBuilder().members("2025-01-01", 0, 0);
            zero.activity("2025-09-01", 3, 3);
            assertFalse(measure(Indicator.ORG_PARTICIPATION, zero).available());
        }
    }

    @Nested
    class VolumeIndicators {
        @Test
        void areAvailableWithZeroWhenNothingWasLogged() {
            FactsBuilder nothing = new FactsBuilder();
            for (Indicator indicator : List.of(
                    Indicator.ORG_ACTIVITY_FREQUENCY,
                    Indicator.RES_TEACHING_RESOURCES,
                    Indicator.RES_RESEARCH_PROJECTS,
                    Indicator.RES_TALENT_EXCHANGES,
                    Indicator.SOC_ECONOMIC_CONTRIBUTION,
                    Indicator.INN_PRACTICES)) {
                Measure measure = measure(indicator, nothing);
                assertTrue(measure.available(), indicator.name());
                assertValue("0", measure.raw());
                assertValue(
                        "0",
                        indicator.score(
                                measure.raw(),
                                indicator.targetFor(nothing.build().targets())));
            }
        }

        @Test
        void countAchievementsOfTheirTypeOnly() {
            FactsBuilder facts = new FactsBuilder();
            facts.achievement("TEACHING_RESOURCE", "2025-08-01");
            facts.achievement("TEACHING_RESOURCE", "2026-01-01");
            facts.achievement("RESEARCH_PROJECT", "2026-02-01");
            facts.achievement("INNOVATIVE_PRACTICE", "2026-03-01");
            facts.achievement("AWARD", "2026-03-01");
            assertValue("2", measure(Indicator.RES_TEACHING_RESOURCES, facts).raw());
            assertValue("1", measure(Indicator.RES_RESEARCH_PROJECTS, facts).raw());
            assertValue("1", measure(Indicator.INN_PRACTICES, facts).raw());
        }

        @Test
        void sumHeadcountsAndOutputValues() {
            FactsBuilder facts = new FactsBuilder();
            facts.exchange("2025-09-01", 60);
            facts.exchange("2026-03-01", 45);
            UUID output = facts.achievement("RESEARCH_OUTPUT", "2025-01-01");
            facts.conversion(output, "2025-12-01", "120.5");
            facts.conversion(output, "2026-05-01", "79.5");
            facts.conversion(output, "2025-06-30", "1000"); // before the window
            assertValue("105", measure(Indicator.RES_TALENT_EXCHANGES, facts).raw());
            assertValue(
                    "200", measure(Indicator.SOC_ECONOMIC_CONTRIBUTION, facts).raw());
        }

        @Test
        void areScoredAgainstTheAgreementsTargetElseTheSchemeDefault() {
            FactsBuilder facts = new FactsBuilder().target(Indicator.RES_TALENT_EXCHANGES, "220");
            assertValue(
                    "220",
                    Indicator.RES_TALENT_EXCHANGES.targetFor(facts.build().targets()));
            assertValue(
                    "12",
                    Indicator.ORG_ACTIVITY_FREQUENCY.targetFor(facts.build().targets()));
            assertValue(
                    "500",
                    Indicator.SOC_ECONOMIC_CONTRIBUTION.targetFor(facts.build().targets()));
            // 110 exchanges against 220 → 50; against the default 100 → capped at 100
            assertValue("50", Indicator.RES_TALENT_EXCHANGES.score(new BigDecimal("110"), new BigDecimal("220")));
            assertValue("100", Indicator.RES_TALENT_EXCHANGES.score(new BigDecimal("110"), new BigDecimal("100")));
            assertValue("100", Indicator.INN_PRACTICES.score(BigDecimal.ZERO, BigDecimal.ZERO));
            assertNull(Indicator.ORG_PARTICIPATION.targetFor(facts.build().targets()));
        }
    }

    @Nested
    class Assessments {
        @Test
        void takeTheLatestInTheWindowAndOnATieTheOneRecordedLast() {
            FactsBuilder facts = new FactsBuilder();
            facts.assessment(ORG_CONSTRUCTION, "70", "2025-10-01");
            facts.assessment(ORG_CONSTRUCTION, "82", "2026-04-01");
            UUID recordedLast = facts.assessment(ORG_CONSTRUCTION, "88", "2026-04-01");
            facts.assessment(ORG_CONSTRUCTION, "99", "2026-07-01"); // after D
            facts.assessment(TEACHING_MODE, "60", "2026-05-01");
            Measure construction = measure(Indicator.ORG_CONSTRUCTION_SCORE, facts);
            assertValue("88", construction.raw());
            assertEquals(List.of(recordedLast), construction.recordIds());
            assertValue("60", measure(Indicator.INN_TEACHING_MODE_SCORE, facts).raw());
        }

        @Test
        void areUnavailableWhenNoneIsInTheWindow() {
            FactsBuilder facts = new FactsBuilder();
            facts.assessment(TEACHING_MODE, "90", "2025-06-30");
            assertFalse(measure(Indicator.INN_TEACHING_MODE_SCORE, facts).available());
        }
    }

    @Nested
    class Surveys {
        @Test
        void socialInfluenceIsTheRespondentWeightedMeanOfAllSides() {
            FactsBuilder facts = new FactsBuilder();
            facts.survey(SOCIAL_INFLUENCE, PUBLIC, "2025-09-01", 100, "80");
            facts.survey(SOCIAL_INFLUENCE, ENTERPRISE, "2026-02-01", 300, "60");
            facts.survey(SATISFACTION, UNIVERSITY, "2026-02-01", 50, "10");
            // (100 × 80 + 300 × 60) / 400 = 65
            assertValue("65", measure(Indicator.SOC_INFLUENCE_INDEX, facts).raw());
        }

        @Test
        void satisfactionWeighsBothSidesEquallyAndIgnoresThePublic() {
            FactsBuilder facts = new FactsBuilder();
            facts.survey(SATISFACTION, UNIVERSITY, "2025-09-01", 100, "90");
            facts.survey(
                    SATISFACTION, UNIVERSITY, "2026-01-01", 300, "70"); // university side: (9000 + 21000) / 400 = 75
            facts.survey(SATISFACTION, ENTERPRISE, "2026-02-01", 20, "85"); // enterprise side: 85
            facts.survey(SATISFACTION, PUBLIC, "2026-02-01", 1000, "10");
            // plain mean of 75 and 85 = 80, although the university side has 20 times the respondents
            assertValue("80", measure(Indicator.FB_SATISFACTION_INDEX, facts).raw());
        }

        @Test
        void satisfactionWithOneSideOnlyIsThatSidesMean() {
            FactsBuilder facts = new FactsBuilder();
            facts.survey(SATISFACTION, ENTERPRISE, "2026-02-01", 20, "85");
            facts.survey(SATISFACTION, PUBLIC, "2026-02-01", 1000, "10");
            assertValue("85", measure(Indicator.FB_SATISFACTION_INDEX, facts).raw());
            FactsBuilder publicOnly = new FactsBuilder();
            publicOnly.survey(SATISFACTION, PUBLIC, "2026-02-01", 1000, "10");
            assertFalse(measure(Indicator.FB_SATISFACTION_INDEX, publicOnly).available());
        }
    }

    @Nested
    class Rates {
        @Test
        void aResearchOutputCountsAsConvertedOnlyByAConversionDatedNoLaterThanAsOf() {
            FactsBuilder facts = new FactsBuilder();
            UUID converted = facts.achievement("RESEARCH_OUTPUT", "2025-10-01");
            UUID convertedLater = facts.achievement("RESEARCH_OUTPUT", "2025-11-01");
            facts.achievement("RESEARCH_OUTPUT", "2026-01-01");
            facts.achievement("RESEARCH_OUTPUT", "2025-06-30"); // registered before the window: not counted
            UUID conversion = facts.conversion(converted, "2026-02-01", "10");
            facts.conversion(convertedLater, "2026-07-01", "10"); // after D
            Measure rate = measure(Indicator.INN_CONVERSION_RATE, facts);
            // 1 of 3 → 33.33…%
            assertValue("0.3333333333333333333333333333333333", rate.raw());
            assertEquals(
                    "33.33",
                    Numbers.shown(Indicator.INN_CONVERSION_RATE.score(rate.raw(), null))
                            .toPlainString());
            assertTrue(rate.recordIds().contains(conversion));
            assertFalse(
                    measure(Indicator.INN_CONVERSION_RATE, new FactsBuilder()).available());
        }

        @Test
        void rectificationCountsItemsRaisedInTheWindowCompletedByAsOf() {
            FactsBuilder facts = new FactsBuilder();
            facts.rectification("2025-08-01", "2025-09-01");
            facts.rectification("2026-01-01", "2026-06-30");
            facts.rectification("2026-02-01", "2026-07-01"); // completed after D: open as of D
            facts.rectification("2026-03-01", null);
            facts.rectification("2025-06-01", "2025-06-15"); // raised before the window
            assertValue("0.5", measure(Indicator.FB_RECTIFICATION_RATE, facts).raw());
            assertFalse(
                    measure(Indicator.FB_RECTIFICATION_RATE, new FactsBuilder()).available());
        }
    }
}
