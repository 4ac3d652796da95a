package io.gongjian.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The scores of one partnership as of a date over a window: every indicator, every dimension, the composite,
 * the coverage and the grade, at full precision. Each figure can be recomputed from the others: the composite
 * is the sum over available indicators of {@code weight × score}.
 */
public record Scorecard(
        Window window,
        BigDecimal composite,
        Grade grade,
        BigDecimal coverage,
        List<DimensionScore> dimensions,
        List<IndicatorScore> indicators) {

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

    /** The scores over {@code window} computed from the facts themselves, with the records behind each indicator. */
    public static Scorecard compute(Window window, Facts facts) {
        return compute(window, DayFigures.over(window, facts), facts.targets());
    }

    /** What a ranking shows of a scorecard: the composite, its grade and the coverage, as {@link #compute} has them. */
    public record Standing(BigDecimal composite, Grade grade, BigDecimal coverage) {}

    /**
     * The scores over {@code window} from its summed figures ({@link DayFigures#over}) and the agreement's targets.
     */
    public static Scorecard compute(Window window, DayFigures figures, Map<String, BigDecimal> targets) {
        Composition composition = new Composition(window, figures, targets);
        Standing standing = composition.standing();
        List<DimensionScore> dimensions = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            boolean available = composition.dimensionScores.containsKey(dimension);
            dimensions.add(new DimensionScore(
                    dimension,
                    available,
                    composition.dimensionScores.get(dimension),
                    available ? Numbers.divide(dimension.weight(), composition.availableWeight) : BigDecimal.ZERO));
        }
        List<IndicatorScore> indicators = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            Measure measure = composition.measures.get(indicator);
            Dimension dimension = indicator.dimension();
            BigDecimal weight = measure.available()
                    ? Numbers.divide(
                            Numbers.divide(dimension.weight(), composition.availableWeight),
                            BigDecimal.valueOf(composition.availableIn.get(dimension)))
                    : BigDecimal.ZERO;
            indicators.add(new IndicatorScore(
                    indicator,
                    measure.available(),
                    measure.raw(),
                    indicator.targetFor(targets),
                    composition.scores.get(indicator),
                    weight,
                    measure.recordCount(),
                    measure.recordIds()));
        }
        return new Scorecard(
                window, standing.composite(), standing.grade(), standing.coverage(), dimensions, indicators);
    }

    /** The composite, grade and coverage alone, computed as {@link #compute} computes them, for rankings. */
    public static Standing standing(Window window, DayFigures figures, Map<String, BigDecimal> targets) {
        return new Composition(window, figures, targets).standing();
    }

    /** The indicators' measures and scores, the dimensions' scores and the composite: what both results start from. */
    private static final class Composition {

        /** Each dimension's indicators, and the share of the composite's weight each of them covers. */
        private static final Map<Dimension, List<Indicator>> INDICATORS = new EnumMap<>(Dimension.class);

        private static final Map<Dimension, BigDecimal> COVERED_BY_ONE = new EnumMap<>(Dimension.class);

        static {
            for (Dimension dimension : Dimension.values()) {
                List<Indicator> indicators = Indicator.of(dimension);
                INDICATORS.put(dimension, indicators);
                COVERED_BY_ONE.put(
                        dimension, Numbers.divide(dimension.weight(), BigDecimal.valueOf(indicators.size())));
            }
        }

        final Map<Indicator, Measure> measures = new EnumMap<>(Indicator.class);
        final Map<Indicator, BigDecimal> scores = new EnumMap<>(Indicator.class);
        final Map<Dimension, BigDecimal> dimensionScores = new EnumMap<>(Dimension.class);
        final Map<Dimension, Integer> availableIn = new EnumMap<>(Dimension.class);
        BigDecimal coverage = BigDecimal.ZERO;
        BigDecimal availableWeight = BigDecimal.ZERO;
        BigDecimal composite;

        Composition(Window window, DayFigures figures, Map<String, BigDecimal> targets) {
            // Dimension score: mean of its available indicators (equal weights, renormalised).
            for (Dimension dimension : Dimension.values()) {
                BigDecimal sum = BigDecimal.ZERO;
                int available = 0;
                for (Indicator indicator : INDICATORS.get(dimension)) {
                    Measure measure = indicator.measure(window, figures);
                    measures.put(indicator, measure);
                    if (measure.available()) {
                        BigDecimal score = indicator.score(measure.raw(), indicator.targetFor(targets));
                        scores.put(indicator, score);
                        sum = sum.add(score);
                        available++;
                        coverage = coverage.add(COVERED_BY_ONE.get(dimension));
                    }
                }
                if (available > 0) {
                    dimensionScores.put(dimension, Numbers.divide(sum, BigDecimal.valueOf(available)));
                    availableIn.put(dimension, available);
                    availableWeight = availableWeight.add(dimension.weight());
                }
            }

            // Composite: weighted mean of the available dimensions, weights renormalised.
            if (availableWeight.signum() > 0) {
                BigDecimal weighted = BigDecimal.ZERO;
                for (var entry : dimensionScores.entrySet()) {
                    weighted = weighted.add(entry.getKey().weight().multiply(entry.getValue()));
                }
                composite = Numbers.divide(weighted, availableWeight);
            }
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
