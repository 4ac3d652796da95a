package io.gongjian.evaluation.domain;

import static io.gongjian.evaluation.domain.Facts.AssessmentKind.ORG_CONSTRUCTION;
import static io.gongjian.evaluation.domain.Facts.AssessmentKind.TEACHING_MODE;
import static io.gongjian.evaluation.domain.Facts.RespondentSide.ENTERPRISE;
import static io.gongjian.evaluation.domain.Facts.RespondentSide.PUBLIC;
import static io.gongjian.evaluation.domain.Facts.RespondentSide.UNIVERSITY;
import static io.gongjian.evaluation.domain.Facts.SurveyKind.SATISFACTION;
import static io.gongjian.evaluation.domain.Facts.SurveyKind.SOCIAL_INFLUENCE;
import static io.gongjian.evaluation.domain.FactsBuilder.date;
import static io.gongjian.evaluation.domain.IndicatorTest.assertValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.gongjian.commons.api.EnumLabels;
import io.gongjian.evaluation.domain.weights.WeightScheme;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dimensions, composite, coverage and grade of docs/evaluation-method.md (4), computed by hand. */
class ScorecardTest {

    static final Window YEAR = new Window(date("2026-06-30"), 365);

    @Test
    void eachGradesChineseNameIsTheLabelThePlatformServes() {
        for (Grade grade : Grade.values()) {
            assertEquals(
                    grade.chineseName(),
                    EnumLabels.all().get("Grade").get(grade.name()).zh(),
                    grade.name());
        }
        assertEquals(Grade.values().length, EnumLabels.all().get("Grade").size());
    }

    @Test
    void withNoDataOnlyTheVolumeIndicatorsAreAvailableAndCoverageIsBelowAHalf() {
        Scorecard card = Scorecard.compute(YEAR, new FactsBuilder().build(), WeightScheme.defaultScheme());
        // 0.25 × 1/3 + 0.20 × 3/3 + 0.20 × 1/2 + 0.20 × 1/3 + 0 = 0.45
        assertValue("0.45", card.coverage().setScale(30, java.math.RoundingMode.HALF_UP));
        assertEquals(Grade.INSUFFICIENT_DATA, card.grade());
        assertValue("0", card.composite());
        assertFalse(card.dimension(Dimension.FEEDBACK).available());
        assertValue("0", card.dimension(Dimension.FEEDBACK).weight());
        assertNull(card.indicator(Indicator.FB_SATISFACTION_INDEX).score());
        assertValue("0", card.indicator(Indicator.FB_SATISFACTION_INDEX).weight());
    }

    @Test
    void renormalisesOverTheAvailableIndicatorsAndDimensions() {
        FactsBuilder facts = new FactsBuilder().members("2025-01-01", 50, 50);
        for (int month = 1; month <= 6; month++) {
            facts.activity("2026-0" + month + "-10", 10, 10); // 6 activities, each 20 / 100 = 0.2
        }
        facts.assessment(ORG_CONSTRUCTION, "80", "2026-03-01");
        facts.exchange("2026-02-01", 50); // 50 / 100 → 50
        facts.achievement("TEACHING_RESOURCE", "2026-02-01"); // 1 / 4 → 25
        facts.achievement("RESEARCH_PROJECT", "2026-02-01"); // 1 / 3 → 33.33…
        facts.survey(SOCIAL_INFLUENCE, PUBLIC, "2026-03-01", 10, "70");
        facts.assessment(TEACHING_MODE, "90", "2026-03-01");
        Scorecard card = Scorecard.compute(YEAR, facts.build(), WeightScheme.defaultScheme());

        // ORGANIZATION: participation 20, frequency 6/12 → 50, construction 80 → (20 + 50 + 80) / 3 = 50
        assertValue("50", card.dimension(Dimension.ORGANIZATION).score());
        // RESOURCE: (25 + 33.33… + 50) / 3 = 36.11…
        assertEquals(
                "36.11",
                Numbers.shown(card.dimension(Dimension.RESOURCE).score()).toPlainString());
        // SOCIAL: contribution 0, influence 70 → 35
        assertValue("35", card.dimension(Dimension.SOCIAL).score());
        // INNOVATION: practices 0, conversion rate unavailable, teaching mode 90 → (0 + 90) / 2 = 45
        assertValue("45", card.dimension(Dimension.INNOVATION).score());
        // FEEDBACK: nothing → unavailable; the other four weigh 0.85 together
        assertFalse(card.dimension(Dimension.FEEDBACK).available());
        // composite = (0.25 × 50 + 0.20 × 36.11… + 0.20 × 35 + 0.20 × 45) / 0.85
        BigDecimal expected = new BigDecimal("0.25")
                .multiply(new BigDecimal(50))
                .add(new BigDecimal("0.20")
                        .multiply(card.dimension(Dimension.RESOURCE).score()))
                .add(new BigDecimal("0.20").multiply(new BigDecimal(35)))
                .add(new BigDecimal("0.20").multiply(new BigDecimal(45)))
                .divide(new BigDecimal("0.85"), Numbers.PRECISION);
        assertEquals(Numbers.shown(expected), Numbers.shown(card.composite()));
        // (12.5 + 7.2222… + 7 + 9) / 0.85 = 35.7222… / 0.85 = 42.026…
        assertEquals("42.03", Numbers.shown(card.composite()).toPlainString());
        // coverage: 0.25 + 0.20 + 0.20 + 0.20 × 2/3 = 0.7833…
        assertEquals("0.78", Numbers.shown(card.coverage()).toPlainString());
        assertEquals(Grade.NEEDS_IMPROVEMENT, card.grade());
        // INNOVATION has two available indicators: each weighs 0.20 / 0.85 / 2 in the composite
        assertEquals(
                Numbers.shown(new BigDecimal("0.20").divide(new BigDecimal("1.70"), Numbers.PRECISION)),
                Numbers.shown(card.indicator(Indicator.INN_TEACHING_MODE_SCORE).weight()));
    }

    @Test
    void aCoverageOfExactlyAHalfCentRoundsUpThroughTheThirdsOfEqualWeights() {
        FactsBuilder facts = new FactsBuilder().members("2025-01-01", 50, 50);
        facts.activity("2026-01-10", 10, 10);
        facts.survey(SOCIAL_INFLUENCE, PUBLIC, "2026-03-01", 10, "70");
        facts.assessment(TEACHING_MODE, "90", "2026-03-01");
        facts.rectification("2026-01-01", "2026-02-01");
        Scorecard card = Scorecard.compute(YEAR, facts.build(), WeightScheme.defaultScheme());

        // 0.25 × 2/3 + 0.20 + 0.20 + 0.20 × 2/3 + 0.15 × 1/2 = 0.775 exactly, shown 0.78
        assertEquals("0.78", Numbers.shown(card.coverage()).toPlainString());
    }

    @Test
    void theCompositeIsTheSumOfWeightTimesScoreOverTheIndicators() {
        FactsBuilder facts = new FactsBuilder().members("2025-01-01", 40, 60);
        facts.activity("2026-01-10", 30, 20);
        facts.assessment(ORG_CONSTRUCTION, "77", "2026-03-01");
        facts.survey(SATISFACTION, UNIVERSITY, "2026-03-01", 10, "88");
        facts.survey(SATISFACTION, ENTERPRISE, "2026-03-01", 10, "92");
        facts.rectification("2026-01-01", "2026-02-01");
        Scorecard card = Scorecard.compute(YEAR, facts.build(), WeightScheme.defaultScheme());
        BigDecimal recomputed = card.indicators().stream()
                .filter(Scorecard.IndicatorScore::available)
                .map(score -> score.weight().multiply(score.score()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(Numbers.shown(card.composite()), Numbers.shown(recomputed));
        BigDecimal weights = card.indicators().stream()
                .map(Scorecard.IndicatorScore::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals("1.00", Numbers.shown(weights).toPlainString());
    }

    @ParameterizedTest
    @CsvSource({
        "90, 1, EXCELLENT",
        "89.999999, 1, GOOD",
        "75, 1, GOOD",
        "74.99, 1, PASS",
        "60, 1, PASS",
        "59.99, 1, NEEDS_IMPROVEMENT",
        "95, 0.5, EXCELLENT",
        "95, 0.4999, INSUFFICIENT_DATA"
    })
    void gradesAtTheirThresholds(String composite, String coverage, Grade grade) {
        assertEquals(grade, Grade.of(new BigDecimal(composite), new BigDecimal(coverage)));
    }

    @ParameterizedTest
    @CsvSource({"2.675, 2.68", "2.665, 2.67", "33.333333, 33.33", "0.005, 0.01", "89.995, 90.00"})
    void figuresAreShownRoundedHalfUpToTwoDecimals(String value, String shown) {
        assertEquals(shown, Numbers.shown(new BigDecimal(value)).toPlainString());
    }
}
