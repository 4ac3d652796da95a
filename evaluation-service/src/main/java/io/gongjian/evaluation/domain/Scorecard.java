package io.gongjian.evaluation.domain;

import io.gongjian.evaluation.domain.weights.WeightScheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The scores of one partnership as of a date over a window: every indicator, every dimension, the composite,
 * the coverage and the grade, at full precision, and the weight scheme they were weighed by. Each figure can be recomputed from the others: the composite
 * is the sum over available indicators of {@code weight × score}.
 */
public record Scorecard(
        Window window,
        BigDecimal composite,
        Grade grade,
        BigDecimal coverage,
        List<DimensionScore> dimensions,
        List<IndicatorScore> indicators,
        WeightScheme scheme) {

    /** @param weight the dimension's effective weight in the composite (0 when unavailable) */
    public record DimensionScore(Dimension dimension, boolean available, BigDecimal score, BigDecimal weight) {}

    /**
     * @param target the target a volume indicator is scored against, else {@code null}
     * @param weight the indicator's effective weight in the composite (0 when unavailable)
     * @param recordCount how many records and inputs produced the raw value
     * @param recordIds which, or {@code null} when they were not listed
     */
    public record IndicatorScore(
            Indicator indicator,
            boolean available,
            BigDecimal raw,
            BigDecimal target,
            BigDecimal score,
            BigDecimal weight,
            int recordCount,
            List<UUID> recordIds) {}

    /**
     * The scores over {@code window} computed from the facts themselves, with the records behind each indicator,
     * weighed by {@code scheme}.
     */
    public static Scorecard compute(Window window, Facts facts, WeightScheme scheme) {
        return compute(window, DayFigures.over(window, facts), facts.targets(), scheme);
    }

    /** What a ranking shows of a scorecard: the composite, its grade and the coverage, as {@link #compute} has them. */
    public record Standing(BigDecimal composite, Grade grade, BigDecimal coverage) {}

    /**
     * The scores over {@code window} from its summed figures ({@link DayFigures#over}) and the agreement's targets,
     * weighed by {@code scheme} (WEIGHTS.md: each weight renormalised over the available indicators and dimensions).
     */
    public static Scorecard compute(
            Window window, DayFigures figures, Map<String, BigDecimal> targets, WeightScheme scheme) {
        Composition composition = new Composition(window, figures, targets, scheme);
        Standing standing = composition.standing();
        List<DimensionScore> dimensions = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            boolean available = composition.dimensionScores.containsKey(dimension);
            dimensions.add(new DimensionScore(
                    dimension,
                    available,
                    composition.dimensionScores.get(dimension),
                    available ? composition.effectiveWeight(dimension) : BigDecimal.ZERO));
        }
        List<IndicatorScore> indicators = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            Measure measure = composition.measures.get(indicator);
            // Effective weight: dimension weight × indicator weight ÷ Σ available indicator weights of the
            // dimension ÷ Σ available dimension weights.
            BigDecimal weight = measure.available()
                    ? Numbers.divide(
                            composition
                                    .effectiveWeight(indicator.dimension())
                                    .multiply(scheme.indicatorWeight(indicator)),
                            composition.availableIndicatorWeight.get(indicator.dimension()))
                    : BigDecimal.ZERO;
            indicators.add(new IndicatorScore(
                    indicator,
                    measure.available(),
                    measure.raw(),
                    scheme.targetFor(indicator, targets),
                    composition.scores.get(indicator),
                    weight,
                    measure.recordCount(),
                    measure.recordIds()));
        }
        return new Scorecard(
                window, standing.composite(), standing.grade(), standing.coverage(), dimensions, indicators, scheme);
    }

    /** The composite, grade and coverage alone, computed as {@link #compute} computes them, for rankings. */
    public static Standing standing(
            Window window, DayFigures figures, Map<String, BigDecimal> targets, WeightScheme scheme) {
        return new Composition(window, figures, targets, scheme).standing();
    }

    /** The indicators' measures and scores, the dimensions' scores and the composite: what both results start from. */
    private static final class Composition {

        /** Each dimension's indicators, listed once: a ranking composes ten thousand scorecards. */
        private static final Map<Dimension, List<Indicator>> INDICATORS = new EnumMap<>(Dimension.class);

        static {
            for (Dimension dimension : Dimension.values()) {
                INDICATORS.put(dimension, Indicator.of(dimension));
            }
        }

        private final WeightScheme scheme;
        final Map<Indicator, Measure> measures = new EnumMap<>(Indicator.class);
        final Map<Indicator, BigDecimal> scores = new EnumMap<>(Indicator.class);
        final Map<Dimension, BigDecimal> dimensionScores = new EnumMap<>(Dimension.class);
        final Map<Dimension, BigDecimal> availableIndicatorWeight = new EnumMap<>(Dimension.class);
        BigDecimal coverage = BigDecimal.ZERO;
        BigDecimal availableWeight = BigDecimal.ZERO;
        BigDecimal composite;

        Composition(Window window, DayFigures figures, Map<String, BigDecimal> targets, WeightScheme scheme) {
            this.scheme = scheme;
            // Dimension score: weighted mean of its available indicators, weights renormalised over them.
            for (Dimension dimension : Dimension.values()) {
                BigDecimal weighted = BigDecimal.ZERO;
                List<Indicator> indicators = INDICATORS.get(dimension);
                int available = 0;
                BigDecimal lastScore = null;
                for (int i = 0; i < indicators.size(); i++) {
                    Indicator indicator = indicators.get(i);
                    Measure measure = indicator.measure(window, figures);
                    measures.put(indicator, measure);
                    if (measure.available()) {
                        BigDecimal score = indicator.score(measure.raw(), scheme.targetFor(indicator, targets));
                        BigDecimal indicatorWeight = scheme.indicatorWeight(indicator);
                        scores.put(indicator, score);
                        weighted = weighted.add(indicatorWeight.multiply(score));
                        available |= 1 << i;
                        lastScore = score;
                    }
                }
                coverage = coverage.add(scheme.coverageShare(dimension, available));
                BigDecimal weights = scheme.availableWeight(dimension, available);
                if (weights.signum() > 0) {
                    // One indicator available: its score, without the division.
                    boolean one = Integer.bitCount(available) == 1;
                    dimensionScores.put(dimension, one ? lastScore : Numbers.divide(weighted, weights));
                    availableIndicatorWeight.put(dimension, weights);
                    availableWeight = availableWeight.add(scheme.dimensionWeight(dimension));
                }
            }

            // Composite: weighted mean of the available dimensions, weights renormalised.
            if (availableWeight.signum() > 0) {
                BigDecimal weighted = BigDecimal.ZERO;
                for (var entry : dimensionScores.entrySet()) {
                    weighted =
                            weighted.add(scheme.dimensionWeight(entry.getKey()).multiply(entry.getValue()));
                }
                composite = Numbers.divide(weighted, availableWeight);
            }
        }

        /** An available dimension's weight in the composite: its weight ÷ Σ of the available dimensions' weights. */
        BigDecimal effectiveWeight(Dimension dimension) {
            return Numbers.divide(scheme.dimensionWeight(dimension), availableWeight);
        }

        Standing standing() {
            return new Standing(composite, Grade.of(composite, coverage), coverage);
        }
    }

    public IndicatorScore indicator(Indicator indicator) {
        return indicators.stream()
                .filter(score -> score.indicator() == indicator)
                .findFirst()
                .orElseThrow();
    }

    public DimensionScore dimension(Dimension dimension) {
        return dimensions.stream()
                .filter(score -> score.dimension() == dimension)
                .findFirst()
                .orElseThrow();
    }
}
