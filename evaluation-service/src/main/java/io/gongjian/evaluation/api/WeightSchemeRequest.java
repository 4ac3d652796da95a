package io.gongjian.evaluation.api;

import io.gongjian.evaluation.application.SchemeDraft;
import io.gongjian.evaluation.application.SchemeWeights;
import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.evaluation.domain.Indicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WeightSchemeRequest",
        description = "A new weight scheme (WEIGHTS.md): dimension weights given directly or as pairwise comparisons,"
                + " not both; the version is the prefix's next")
public record WeightSchemeRequest(
        @Schema(required = true, description = "Region-code prefix of 2, 4 or 6 digits", example = "4501")
                String regionPrefix,
        @Schema(required = true, description = "The first date the scheme applies on") LocalDate effectiveFrom,
        @Schema(nullable = true, description = "A weight per dimension, each above 0, summing to 1 (within 0.000001)")
                Map<Dimension, BigDecimal> dimensionWeights,
        @Schema(
                        nullable = true,
                        description =
                                "Instead of dimensionWeights: the 5×5 pairwise comparison matrix over ORGANIZATION,"
                                        + " RESOURCE, SOCIAL, INNOVATION, FEEDBACK; above the diagonal one of 1/9 … 9, on and"
                                        + " below it null or the reciprocal. Refused (422) when its consistency ratio is above"
                                        + " 0.10")
                List<List<BigDecimal>> pairwiseComparisons,
        @Schema(required = true, description = "A weight per indicator, each above 0; those of each dimension sum to 1")
                Map<Indicator, BigDecimal> indicatorWeights,
        @Schema(nullable = true, description = "Default annual targets of volume indicators, each above 0")
                Map<Indicator, BigDecimal> targets) {

    SchemeDraft toDraft() {
        return new SchemeDraft(
                regionPrefix,
                effectiveFrom,
                new SchemeWeights(dimensionWeights, pairwiseComparisons, indicatorWeights, targets));
    }
}
