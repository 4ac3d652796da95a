package io.gongjian.evaluation.api;

import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.evaluation.domain.Indicator;
import io.gongjian.evaluation.domain.weights.WeightScheme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The evaluation scheme as data (docs/evaluation-method.md): dimensions with their weights, indicators with their
 * formulas.
 */
public record IndicatorCatalogue(List<DimensionEntry> dimensions, List<IndicatorEntry> indicators) {

    public record DimensionEntry(Dimension code, String nameZh, String nameEn, BigDecimal weight) {}

    public record IndicatorEntry(
            Indicator code,
            String nameZh,
            String nameEn,
            Dimension dimension,
            String unit,
            @Schema(description = "How the raw value is computed") String formula,
            @Schema(description = "PERCENT (100 × raw), RAW (raw as is) or VOLUME (min(100, 100 × raw / target))")
                    Indicator.Scoring scoring,
            @Schema(nullable = true, description = "Annual target when the agreement sets none (volume indicators)")
                    BigDecimal defaultTarget,
            @Schema(description = "Weight inside its dimension (indicators weigh equally)")
                    BigDecimal weightInDimension,
            @Schema(description = "Weight in the composite when every indicator is available")
                    BigDecimal defaultWeight) {}

    private static final WeightScheme DEFAULTS = WeightScheme.defaultScheme();

    static final IndicatorCatalogue SCHEME = new IndicatorCatalogue(
            Arrays.stream(Dimension.values())
                    .map(d -> new DimensionEntry(
                            d,
                            d.chineseName(),
                            d.englishName(),
                            DEFAULTS.dimensionWeights().get(d)))
                    .toList(),
            Arrays.stream(Indicator.values()).map(IndicatorCatalogue::entry).toList());

    private static IndicatorEntry entry(Indicator indicator) {
        int inDimension = Indicator.of(indicator.dimension()).size();
        BigDecimal weightInDimension = BigDecimal.ONE.divide(BigDecimal.valueOf(inDimension), 6, RoundingMode.HALF_UP);
        BigDecimal defaultWeight = DEFAULTS.dimensionWeights()
                .get(indicator.dimension())
                .divide(BigDecimal.valueOf(inDimension), 6, RoundingMode.HALF_UP);
        return new IndicatorEntry(
                indicator,
                indicator.chineseName(),
                indicator.englishName(),
                indicator.dimension(),
                indicator.unit(),
                indicator.formula(),
                indicator.scoring(),
                indicator.defaultTarget(),
                weightInDimension,
                defaultWeight);
    }
}
