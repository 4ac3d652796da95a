package io.gongjian.evaluation.domain.weights;

import static io.gongjian.evaluation.domain.Dimension.FEEDBACK;
import static io.gongjian.evaluation.domain.Dimension.INNOVATION;
import static io.gongjian.evaluation.domain.Dimension.ORGANIZATION;
import static io.gongjian.evaluation.domain.Dimension.RESOURCE;
import static io.gongjian.evaluation.domain.Dimension.SOCIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.commons.domain.Message;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.evaluation.domain.Indicator;
import io.gongjian.evaluation.domain.Numbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Weight schemes: the default of INDICATORS.md, the rules a saved scheme keeps, and its weights normalised. */
class WeightSchemeTest {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final BigDecimal ONE_THIRD = new BigDecimal("0.3333333333333333333333333333333333");

    @Test
    void theDefaultSchemeIsIndicatorsMds() {
        WeightScheme scheme = WeightScheme.defaultScheme();

        assertTrue(scheme.isDefault());
        assertEquals("DEFAULT", scheme.scope());
        assertNull(scheme.regionPrefix());
        assertNull(scheme.effectiveFrom());
        assertEquals(1, scheme.version());
        assertNull(scheme.comparisons());
        assertEquals(
                Map.of(
                        ORGANIZATION, new BigDecimal("0.25"),
                        RESOURCE, new BigDecimal("0.20"),
                        SOCIAL, new BigDecimal("0.20"),
                        INNOVATION, new BigDecimal("0.20"),
                        FEEDBACK, new BigDecimal("0.15")),
                scheme.dimensionWeights());
        assertEquals(0, new BigDecimal("0.25").compareTo(scheme.dimensionWeight(ORGANIZATION)));
        assertEquals(0, new BigDecimal("0.15").compareTo(scheme.dimensionWeight(FEEDBACK)));
        // ORGANIZATION, RESOURCE and INNOVATION have 3 indicators, SOCIAL and FEEDBACK 2
        assertEquals(ONE_THIRD, scheme.indicatorWeight(Indicator.ORG_PARTICIPATION));
        assertEquals(ONE_THIRD, scheme.indicatorWeight(Indicator.RES_TALENT_EXCHANGES));
        assertEquals(ONE_THIRD, scheme.indicatorWeight(Indicator.INN_CONVERSION_RATE));
        assertEquals(0, new BigDecimal("0.5").compareTo(scheme.indicatorWeight(Indicator.SOC_INFLUENCE_INDEX)));
        assertEquals(0, new BigDecimal("0.5").compareTo(scheme.indicatorWeight(Indicator.FB_RECTIFICATION_RATE)));
        assertEquals(
                Map.of(
                        Indicator.ORG_ACTIVITY_FREQUENCY, new BigDecimal("12"),
                        Indicator.RES_TEACHING_RESOURCES, new BigDecimal("4"),
                        Indicator.RES_RESEARCH_PROJECTS, new BigDecimal("3"),
                        Indicator.RES_TALENT_EXCHANGES, new BigDecimal("100"),
                        Indicator.SOC_ECONOMIC_CONTRIBUTION, new BigDecimal("500"),
                        Indicator.INN_PRACTICES, new BigDecimal("2")),
                scheme.targets());
        assertSame(scheme, WeightScheme.defaultScheme());
    }

    @Test
    void eachGroupIsUsedDividedByItsExactSum() {
        // expected quotients from Python's decimal at 34 digits, half-even, as MathContext.DECIMAL128
        Map<Dimension, BigDecimal> dimensions = dimensionWeights("0.2", "0.2", "0.2", "0.2", "0.2000009");
        Map<Indicator, BigDecimal> indicators = equalIndicatorWeights();
        indicators.put(Indicator.FB_SATISFACTION_INDEX, new BigDecimal("0.6"));
        indicators.put(Indicator.FB_RECTIFICATION_RATE, new BigDecimal("0.3999991"));

        WeightScheme scheme = WeightScheme.of("1101", 2, FROM, dimensions, indicators, null);

        assertEquals(new BigDecimal("0.2000009"), scheme.dimensionWeights().get(FEEDBACK));
        assertEquals(new BigDecimal("0.1999998200001619998542001312198819"), scheme.dimensionWeight(ORGANIZATION));
        assertEquals(new BigDecimal("0.2000007199993520005831994751204724"), scheme.dimensionWeight(FEEDBACK));
        assertEquals(
                new BigDecimal("0.6000005400004860004374003936603543"),
                scheme.indicatorWeight(Indicator.FB_SATISFACTION_INDEX));
        assertEquals(
                new BigDecimal("0.3999994599995139995625996063396457"),
                scheme.indicatorWeight(Indicator.FB_RECTIFICATION_RATE));
        assertEquals(ONE_THIRD, scheme.indicatorWeight(Indicator.ORG_PARTICIPATION));
    }

    @Test
    void aSchemeFromPairwiseComparisonsKeepsThemAndTakesTheirWeights() {
        PairwiseComparison comparisons = PairwiseComparison.ofUpperTriangle(List.of(2, 3, 2, 4, 2, 1, 3, 0.5, 2, 2));

        WeightScheme scheme =
                WeightScheme.fromComparisons("11", 1, FROM, comparisons, equalIndicatorWeights(), Map.of());

        assertSame(comparisons, scheme.comparisons());
        assertEquals(comparisons.weights(), scheme.dimensionWeights());
        BigDecimal normalisedSum = List.of(Dimension.values()).stream()
                .map(scheme::dimensionWeight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(BigDecimal.ONE.subtract(normalisedSum).abs().compareTo(new BigDecimal("1e-32")) <= 0, "sum 1");
        assertEquals(
                0.37777660577370592497, scheme.dimensionWeight(ORGANIZATION).doubleValue(), 1e-10);
    }

    @Test
    void aVolumeIndicatorsTargetIsTheAgreementsElseTheSchemesElseTheDefault() {
        WeightScheme scheme = WeightScheme.of(
                "110105",
                1,
                FROM,
                WeightScheme.defaultScheme().dimensionWeights(),
                equalIndicatorWeights(),
                Map.of(Indicator.RES_TALENT_EXCHANGES, new BigDecimal("50")));
        Map<String, BigDecimal> agreement = Map.of("INN_PRACTICES", new BigDecimal("5"));

        assertEquals(new BigDecimal("50"), scheme.target(Indicator.RES_TALENT_EXCHANGES));
        assertEquals(new BigDecimal("50"), scheme.targetFor(Indicator.RES_TALENT_EXCHANGES, agreement));
        assertEquals(new BigDecimal("2"), scheme.target(Indicator.INN_PRACTICES));
        assertEquals(new BigDecimal("5"), scheme.targetFor(Indicator.INN_PRACTICES, agreement));
        assertEquals(new BigDecimal("12"), scheme.targetFor(Indicator.ORG_ACTIVITY_FREQUENCY, agreement));
        assertNull(scheme.target(Indicator.ORG_PARTICIPATION));
        assertNull(scheme.targetFor(Indicator.ORG_PARTICIPATION, Map.of("ORG_PARTICIPATION", BigDecimal.TEN)));
        assertEquals(Map.of(Indicator.RES_TALENT_EXCHANGES, new BigDecimal("50")), scheme.targets());
    }

    @Test
    void theRegionPrefixHasTwoFourOrSixDigits() {
        for (String prefix : List.of("11", "1101", "110105")) {
            assertEquals(prefix, scheme(prefix).regionPrefix());
        }
        for (String prefix : new String[] {null, "", "1", "110", "11010", "1101050", "11010a", "DEFAULT"}) {
            assertRefused("regionPrefix", () -> scheme(prefix));
        }
        assertEquals(
                "regionPrefix is a region-code prefix of 2, 4 or 6 digits (province, city, district), not \"110\"",
                assertRefused("regionPrefix", () -> scheme("110")).reason().in(Message.ENGLISH));
        assertRefused(
                "version",
                () -> WeightScheme.of(
                        "11", 0, FROM, WeightScheme.defaultScheme().dimensionWeights(), equalIndicatorWeights(), null));
        assertRefused(
                "effectiveFrom",
                () -> WeightScheme.of(
                        "11", 1, null, WeightScheme.defaultScheme().dimensionWeights(), equalIndicatorWeights(), null));
    }

    @Test
    void everyDimensionHasAWeightAboveZeroAndTogetherTheySumToOne() {
        Map<Dimension, BigDecimal> missing = dimensionWeights("0.25", "0.20", "0.20", "0.20", "0.15");
        missing.remove(RESOURCE);
        assertRefused("dimensionWeights.RESOURCE", () -> withDimensions(missing));
        assertRefused(
                "dimensionWeights.SOCIAL", () -> withDimensions(dimensionWeights("0.4", "0.4", "0", "0.05", "0.15")));
        assertRefused(
                "dimensionWeights.FEEDBACK",
                () -> withDimensions(dimensionWeights("0.4", "0.4", "0.2", "0.1", "-0.1")));
        assertRefused("dimensionWeights", () -> withDimensions(null));

        RuleViolation sum = assertRefused(
                "dimensionWeights", () -> withDimensions(dimensionWeights("0.2", "0.2", "0.2", "0.2", "0.2000011")));
        assertEquals(
                "the dimension weights sum to 1.0000011; they must sum to 1 (within 0.000001)",
                sum.reason().in(Message.ENGLISH));
        assertEquals("各维度权重之和为 1.0000011；应为 1（误差不超过 0.000001）", sum.reason().in(Message.CHINESE));
        withDimensions(dimensionWeights("0.2", "0.2", "0.2", "0.2", "0.200001"));
        withDimensions(dimensionWeights("0.2", "0.2", "0.2", "0.2", "0.199999"));
        assertRefused(
                "dimensionWeights", () -> withDimensions(dimensionWeights("0.2", "0.2", "0.2", "0.2", "0.1999989")));
    }

    @Test
    void everyIndicatorHasAWeightAboveZeroAndThoseOfEachDimensionSumToOne() {
        Map<Indicator, BigDecimal> missing = equalIndicatorWeights();
        missing.remove(Indicator.SOC_INFLUENCE_INDEX);
        assertRefused("indicatorWeights.SOC_INFLUENCE_INDEX", () -> withIndicators(missing));

        Map<Indicator, BigDecimal> zero = equalIndicatorWeights();
        zero.put(Indicator.INN_PRACTICES, BigDecimal.ZERO);
        RuleViolation refusal = assertRefused("indicatorWeights.INN_PRACTICES", () -> withIndicators(zero));
        assertEquals(
                "indicatorWeights.INN_PRACTICES must be a number above 0, not 0",
                refusal.reason().toString());

        Map<Indicator, BigDecimal> offInResource = equalIndicatorWeights();
        offInResource.put(Indicator.RES_RESEARCH_PROJECTS, new BigDecimal("0.5"));
        RuleViolation sum = assertRefused("indicatorWeights", () -> withIndicators(offInResource));
        assertEquals(
                "the indicator weights of RESOURCE sum to 1.1666666666666666666666666666666666; inside each"
                        + " dimension they must sum to 1 (within 0.000001)",
                sum.reason().in(Message.ENGLISH));
        assertRefused("indicatorWeights", () -> withIndicators(null));
    }

    @Test
    void onlyVolumeIndicatorsHaveTargetsAndTheyAreAboveZero() {
        assertRefused(
                "targets.ORG_PARTICIPATION", () -> withTargets(Map.of(Indicator.ORG_PARTICIPATION, BigDecimal.TEN)));
        assertRefused("targets.INN_PRACTICES", () -> withTargets(Map.of(Indicator.INN_PRACTICES, BigDecimal.ZERO)));
        Map<Indicator, BigDecimal> nullTarget = new HashMap<>();
        nullTarget.put(Indicator.RES_RESEARCH_PROJECTS, null);
        assertRefused("targets.RES_RESEARCH_PROJECTS", () -> withTargets(nullTarget));
    }

    @Test
    void aSchemeNeverChangesAfterItIsMade() {
        Map<Dimension, BigDecimal> dimensions = dimensionWeights("0.25", "0.20", "0.20", "0.20", "0.15");
        Map<Indicator, BigDecimal> targets = new EnumMap<>(Map.of(Indicator.INN_PRACTICES, BigDecimal.ONE));
        WeightScheme scheme = WeightScheme.of("11", 1, FROM, dimensions, equalIndicatorWeights(), targets);

        dimensions.put(ORGANIZATION, BigDecimal.TEN);
        targets.put(Indicator.INN_PRACTICES, BigDecimal.TEN);

        assertEquals(new BigDecimal("0.25"), scheme.dimensionWeights().get(ORGANIZATION));
        assertEquals(BigDecimal.ONE, scheme.target(Indicator.INN_PRACTICES));
        assertThrows(UnsupportedOperationException.class, () -> scheme.dimensionWeights()
                .put(ORGANIZATION, BigDecimal.ONE));
        assertThrows(UnsupportedOperationException.class, () -> scheme.indicatorWeights()
                .clear());
        assertEquals(
                scheme,
                WeightScheme.of(
                        "11",
                        1,
                        FROM,
                        scheme.dimensionWeights(),
                        equalIndicatorWeights(),
                        Map.of(Indicator.INN_PRACTICES, BigDecimal.ONE)));
    }

    @Test
    void anUnsavedSchemeIsCheckedAsASavedOneAndAppliesNowhere() {
        WeightScheme unsaved = WeightScheme.unsaved(
                dimensionWeights("0.20", "0.15", "0.15", "0.40", "0.10"),
                equalIndicatorWeights(),
                Map.of(Indicator.INN_PRACTICES, BigDecimal.ONE));

        assertFalse(unsaved.isDefault());
        assertNull(unsaved.scope());
        assertEquals(0, unsaved.version());
        assertFalse(unsaved.appliesTo("450200", FROM));
        assertEquals(0, new BigDecimal("0.40").compareTo(unsaved.dimensionWeight(INNOVATION)));
        assertEquals(BigDecimal.ONE, unsaved.targetFor(Indicator.INN_PRACTICES, Map.of()));
        assertEquals(
                new BigDecimal("4"),
                unsaved.targetFor(Indicator.INN_PRACTICES, Map.of("INN_PRACTICES", new BigDecimal("4"))));
        assertEquals(new BigDecimal("12"), unsaved.targetFor(Indicator.ORG_ACTIVITY_FREQUENCY, Map.of()));

        RuleViolation sum = assertRefused(
                "dimensionWeights",
                () -> WeightScheme.unsaved(
                        dimensionWeights("0.2", "0.2", "0.2", "0.2", "0.3"), equalIndicatorWeights(), null));
        assertEquals("scheme.dimension-weights-sum", sum.reason().key());
        assertRefused(
                "targets.FB_SATISFACTION_INDEX",
                () -> WeightScheme.unsaved(
                        dimensionWeights("0.2", "0.2", "0.2", "0.2", "0.2"),
                        equalIndicatorWeights(),
                        Map.of(Indicator.FB_SATISFACTION_INDEX, BigDecimal.TEN)));
        assertRefused(
                "pairwiseComparisons", () -> WeightScheme.unsavedFromComparisons(null, equalIndicatorWeights(), null));

        PairwiseComparison equal = PairwiseComparison.ofUpperTriangle(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        WeightScheme fromComparisons = WeightScheme.unsavedFromComparisons(equal, equalIndicatorWeights(), null);
        assertEquals(equal.weights(), fromComparisons.dimensionWeights());
        assertEquals(equal, fromComparisons.comparisons());
        assertFalse(fromComparisons.appliesTo("450200", FROM));
    }

    static WeightScheme scheme(String prefix) {
        return scheme(prefix, 1, FROM);
    }

    static WeightScheme scheme(String prefix, int version, LocalDate effectiveFrom) {
        return WeightScheme.of(
                prefix,
                version,
                effectiveFrom,
                dimensionWeights("0.2", "0.2", "0.2", "0.2", "0.2"),
                equalIndicatorWeights(),
                null);
    }

    private static WeightScheme withDimensions(Map<Dimension, BigDecimal> dimensions) {
        return WeightScheme.of("11", 1, FROM, dimensions, equalIndicatorWeights(), null);
    }

    private static WeightScheme withIndicators(Map<Indicator, BigDecimal> indicators) {
        return WeightScheme.of("11", 1, FROM, WeightScheme.defaultScheme().dimensionWeights(), indicators, null);
    }

    private static WeightScheme withTargets(Map<Indicator, BigDecimal> targets) {
        return WeightScheme.of(
                "11", 1, FROM, WeightScheme.defaultScheme().dimensionWeights(), equalIndicatorWeights(), targets);
    }

    /** Weights in the contract's order ORGANIZATION, RESOURCE, SOCIAL, INNOVATION, FEEDBACK. */
    private static Map<Dimension, BigDecimal> dimensionWeights(String... weights) {
        Map<Dimension, BigDecimal> byDimension = new EnumMap<>(Dimension.class);
        List<Dimension> order = List.of(ORGANIZATION, RESOURCE, SOCIAL, INNOVATION, FEEDBACK);
        for (int i = 0; i < weights.length; i++) {
            byDimension.put(order.get(i), new BigDecimal(weights[i]));
        }
        return byDimension;
    }

    private static Map<Indicator, BigDecimal> equalIndicatorWeights() {
        Map<Indicator, BigDecimal> weights = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            int inDimension = Indicator.of(indicator.dimension()).size();
            weights.put(indicator, Numbers.divide(BigDecimal.ONE, BigDecimal.valueOf(inDimension)));
        }
        return weights;
    }

    private static RuleViolation assertRefused(String field, Runnable making) {
        RuleViolation refusal = assertThrows(RuleViolation.class, making::run);
        assertEquals(field, refusal.field());
        return refusal;
    }
}
