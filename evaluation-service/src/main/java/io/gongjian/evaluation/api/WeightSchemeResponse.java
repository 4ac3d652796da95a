package io.gongjian.evaluation.api;

import io.gongjian.evaluation.application.SavedScheme;
import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.evaluation.domain.Indicator;
import io.gongjian.evaluation.domain.weights.PairwiseComparison;
import io.gongjian.evaluation.domain.weights.WeightScheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WeightScheme", description = "A saved weight scheme (WEIGHTS.md); it never changes")
public record WeightSchemeResponse(
        String regionPrefix,
        int version,
        LocalDate effectiveFrom,
        @Schema(description = "As given, or from the pairwise comparisons") Map<Dimension, BigDecimal> dimensionWeights,
        Map<Indicator, BigDecimal> indicatorWeights,
        @Schema(description = "The default annual targets it sets (volume indicators)")
                Map<Indicator, BigDecimal> targets,
        @Schema(nullable = true, description = "The full comparison matrix, when the dimension weights come from one")
                List<List<Double>> pairwiseComparisons,
        @Schema(nullable = true, description = "CR of the comparisons") Double consistencyRatio,
        String createdBy,
        OffsetDateTime createdAt) {

    static WeightSchemeResponse of(SavedScheme saved) {
        WeightScheme scheme = saved.scheme();
        PairwiseComparison comparisons = scheme.comparisons();
        return new WeightSchemeResponse(
                scheme.regionPrefix(),
                scheme.version(),
                scheme.effectiveFrom(),
                scheme.dimensionWeights(),
                scheme.indicatorWeights(),
                scheme.targets(),
                comparisons == null ? null : comparisons.matrix(),
                comparisons == null ? null : comparisons.consistencyRatio(),
                saved.createdBy(),
                saved.createdAt());
    }
}
