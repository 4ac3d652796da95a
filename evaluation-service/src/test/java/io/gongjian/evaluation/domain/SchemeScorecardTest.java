package io.gongjian.evaluation.domain;

import static io.gongjian.evaluation.domain.Facts.AssessmentKind.ORG_CONSTRUCTION;
import static io.gongjian.evaluation.domain.Facts.AssessmentKind.TEACHING_MODE;
import static io.gongjian.evaluation.domain.Facts.RespondentSide.PUBLIC;
import static io.gongjian.evaluation.domain.Facts.SurveyKind.SOCIAL_INFLUENCE;
import static io.gongjian.evaluation.domain.IndicatorTest.assertValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.gongjian.evaluation.domain.weights.WeightScheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A scorecard weighed by a saved scheme (WEIGHTS.md, aggregation), computed by hand. */
class SchemeScorecardTest {

    static final Window YEAR = new Window(LocalDate.of(2026, 6, 30), 365);

    /**
     * ORGANIZATION 0.40, RESOURCE 0.10, SOCIAL 0.20, INNOVATION 0.20, FEEDBACK 0.10; ORGANIZATION's indicators 0.5,
     * 0.3, 0.2, INNOVATION's 0.6, 0.3, 0.1, the others equal; and a target of 2 exchanges a year.
     */
    static WeightScheme scheme() {
        Map<Dimension, BigDecimal> dimensions = new EnumMap<>(Dimension.class);
        dimensions.put(Dimension.ORGANIZATION, new BigDecimal("0.40"));
        dimensions.put(Dimension.RESOURCE, new BigDecimal("0.10"));
        dimensions.put(Dimension.SOCIAL, new BigDecimal("0.20"));
        dimensions.put(Dimension.INNOVATION, new BigDecimal("0.20"));
        dimensions.put(Dimension.FEEDBACK, new BigDecimal("0.10"));
        Map<Indicator, BigDecimal> indicators =
                new EnumMap<>(WeightScheme.defaultScheme().indicatorWeights());
        indicators.put(Indicator.ORG_PARTICIPATION, new BigDecimal("0.5"));
        indicators.put(Indicator.ORG_ACTIVITY_FREQUENCY, new BigDecimal("0.3"));
        indicators.put(Indicator.ORG_CONSTRUCTION_SCORE, new BigDecimal("0.2"));
        indicators.put(Indicator.INN_PRACTICES, new BigDecimal("0.6"));
        indicators.put(Indicator.INN_CONVERSION_RATE, new BigDecimal("0.3"));
        indicators.put(Indicator.INN_TEACHING_MODE_SCORE, new BigDecimal("0.1"));
        return WeightScheme.of(
                "1101",
                1,
                LocalDate.of(2026, 1, 1),
                dimensions,
                indicators,
                Map.of(Indicator.RES_TALENT_EXCHANGES, new BigDecimal("200")));
    }

    static Facts facts() {
        FactsBuilder facts = new FactsBuilder().members("2025-01-01", 50, 50);
        for (int month = 1; month <= 6; month++) {
            facts.activity("2026-0" + month + "-10", 10, 10); // participation 20, frequency 6 / 12 → 50
        }
        facts.assessment(ORG_CONSTRUCTION, "80", "2026-03-01");
        facts.exchange("2026-02-01", 50); // 50 / 200 (the scheme's target) → 25
        facts.achievement("TEACHING_RESOURCE", "2026-02-01"); // 1 / 4 → 25
        facts.achievement("RESEARCH_PROJECT", "2026-02-01"); // 1 / 3 → 33.33…
        facts.survey(SOCIAL_INFLUENCE, PUBLIC, "2026-03-01", 10, "70");
        facts.assessment(TEACHING_MODE, "90", "2026-03-01");
        return facts.build();
    }

    @Test
    void unequalIndicatorWeightsWeighTheDimensionScore() {
        Scorecard card = Scorecard.compute(YEAR, facts(), scheme());

        // ORGANIZATION: 0.5 × 20 + 0.3 × 50 + 0.2 × 80 = 10 + 15 + 16 = 41
        assertValue("41", card.dimension(Dimension.ORGANIZATION).score());
        // the scheme's target of 200 exchanges: 50 / 200 → 25
        assertValue("200", card.indicator(Indicator.RES_TALENT_EXCHANGES).target());
        assertValue("25", card.indicator(Indicator.RES_TALENT_EXCHANGES).score());
    }

    @Test
    void anUnavailableIndicatorAndDimensionAreRenormalisedOver() {
        Scorecard card = Scorecard.compute(YEAR, facts(), scheme());

        // INNOVATION: practices 0 (weight 0.6), conversion rate unavailable, teaching mode 90 (0.1):
        // (0.6 × 0 + 0.1 × 90) / 0.7 = 12.857142…
        assertEquals(
                "12.86",
                Numbers.shown(card.dimension(Dimension.INNOVATION).score()).toPlainString());
        // FEEDBACK unavailable: the other four weigh 0.90 together.
        // RESOURCE (25 + 33.33… + 25) / 3 = 27.77…, SOCIAL (0 + 70) / 2 = 35
        // composite = (0.40 × 41 + 0.10 × 27.77… + 0.20 × 35 + 0.20 × 12.857…) / 0.90
        //           = (16.4 + 2.777… + 7 + 2.5714…) / 0.90 = 28.7492… / 0.90 = 31.94…
        assertFalse(card.dimension(Dimension.FEEDBACK).available());
        assertEquals("31.94", Numbers.shown(card.composite()).toPlainString());
        // teaching mode's effective weight: 0.20 × 0.1 / 0.7 / 0.90 = 0.031746…
        assertEquals(
                "0.0317",
                card.indicator(Indicator.INN_TEACHING_MODE_SCORE)
                        .weight()
                        .setScale(4, java.math.RoundingMode.HALF_UP)
                        .toPlainString());
        BigDecimal recomputed = card.indicators().stream()
                .filter(Scorecard.IndicatorScore::available)
                .map(score -> score.weight().multiply(score.score()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(Numbers.shown(card.composite()), Numbers.shown(recomputed));
    }

    @Test
    void coverageSumsDimensionTimesIndicatorWeightOverTheAvailableIndicators() {
        Scorecard card = Scorecard.compute(YEAR, facts(), scheme());

        // all ORGANIZATION 0.40, all RESOURCE 0.10, all SOCIAL 0.20, INNOVATION 0.20 × (0.6 + 0.1), no FEEDBACK:
        // 0.40 + 0.10 + 0.20 + 0.14 = 0.84
        assertEquals("0.84", Numbers.shown(card.coverage()).toPlainString());
        assertEquals(Grade.NEEDS_IMPROVEMENT, card.grade());
        assertEquals(
                Scorecard.standing(YEAR, DayFigures.over(YEAR, facts()), Map.of(), scheme()),
                new Scorecard.Standing(card.composite(), card.grade(), card.coverage()));
    }
}
