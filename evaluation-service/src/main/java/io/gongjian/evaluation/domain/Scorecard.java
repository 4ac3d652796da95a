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

    /**
     * The scores over {@code window} from its summed figures ({@link DayFigures#over}) and the agreement's targets.
     */
    public static Scorecard compute(Window window, DayFigures figures, Map<String, BigDecimal> targets) {
        Map<Indicator, Measure> measures = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            measures.put(indicator, indicator.measure(window, figures));
        }

        // Dimension score: mean of its available indicators (equal weights, renormalised).
        Map<Dimension, BigDecimal> dimensionScores = new EnumMap<>(Dimension.class);
        Map<Dimension, Integer> availableIn = new EnumMap<>(Dimension.class);
        BigDecimal coverage = BigDecimal.ZERO;
        for (Dimension dimension : Dimension.values()) {
            List<Indicator> indicators = Indicator.of(dimension);
            BigDecimal sum = BigDecimal.ZERO;
            int available = 0;
            for (Indicator indicator : indicators) {
                Measure measure = measures.get(indicator);
                if (measure.available()) {
                    sum = sum.add(indicator.score(measure.raw(), indicator.targetFor(targets)));
                    available++;
                    coverage = coverage.add(Numbers.divide(dimension.weight(), BigDecimal.valueOf(indicators.size())));
                }
            }
            if (available > 0) {
                dimensionScores.put(dimension, Numbers.divide(sum, BigDecimal.valueOf(available)));
                availableIn.put(dimension, available);
            }
        }

        // Composite: weighted mean of the available dimensions, weights renormalised.
        BigDecimal availableWeight =
                dimensionScores.keySet().stream().map(Dimension::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal composite = null;
        if (availableWeight.signum() > 0) {
            BigDecimal weighted = BigDecimal.ZERO;
            for (var entry : dimensionScores.entrySet()) {
                weighted = weighted.add(entry.getKey().weight().multiply(entry.getValue()));
            }
            composite = Numbers.divide(weighted, availableWeight);
        }

        List<DimensionScore> dimensions = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            boolean available = dimensionScores.containsKey(dimension);
            dimensions.add(new DimensionScore(
                    dimension,
                    available,
                    dimensionScores.get(dimension),
                    available ? Numbers.divide(dimension.weight(), availableWeight) : BigDecimal.ZERO));
        }
        List<IndicatorScore> indicators = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            Measure measure = measures.get(indicator);
            BigDecimal target = indicator.targetFor(targets);
            Dimension dimension = indicator.dimension();
            BigDecimal weight = measure.available()
                    ? Numbers.divide(
                            Numbers.divide(dimension.weight(), availableWeight),
                            BigDecimal.valueOf(availableIn.get(dimension)))
                    : BigDecimal.ZERO;
            indicators.add(new IndicatorScore(
                    indicator,
                    measure.available(),
                    measure.raw(),
                    target,
                    measure.available() ? indicator.score(measure.raw(), target) : null,
                    weight,
                    measure.recordCount(),
                    measure.recordIds()));
        }
        return new Scorecard(window, composite, Grade.of(composite, coverage), coverage, dimensions, indicators);
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
