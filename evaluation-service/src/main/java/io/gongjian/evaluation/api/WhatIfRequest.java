package io.gongjian.evaluation.api;

import io.gongjian.evaluation.application.SchemeWeights;
import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.evaluation.domain.Indicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WhatIfRequest",
        description = "A ranking to compute under a scheme given here instead of the applicable one; nothing is saved")
public record WhatIfRequest(
        @Schema(
                        nullable = true,
                        description = "Region-code prefix ranked: 2 (province), 4 (city) or 6 digits; a bureau"
                                + " officer's own region when left out, the whole country for others",
                        example = "4502")
                String region,
        @Schema(nullable = true, description = "The date ranked as of, default today, not in the future")
                LocalDate asOf,
        @Schema(
                        nullable = true,
                        description = "The window in days, 30..1095, default 365",
                        minimum = "30",
                        maximum = "1095",
                        defaultValue = "365")
                Integer windowDays,
        @Schema(required = true, description = "The scheme to rank under, checked as saving a scheme checks it")
                WhatIfScheme scheme) {

    @Schema(
            name = "WhatIfScheme",
            description = "Weights and targets to rank under (WEIGHTS.md): dimension weights given directly or as"
                    + " pairwise comparisons, not both. Refused (422) as saving a scheme refuses them, with the same"
                    + " field names (dimensionWeights.RESOURCE, pairwiseComparisons[0][3], …)")
    public record WhatIfScheme(
            @Schema(
                            nullable = true,
                            description = "A weight per dimension, each above 0, summing to 1 (within 0.000001)")
                    Map<Dimension, BigDecimal> dimensionWeights,
            @Schema(
                            nullable = true,
                            description = "Instead of dimensionWeights: the 5×5 pairwise comparison matrix over"
                                    + " ORGANIZATION, RESOURCE, SOCIAL, INNOVATION, FEEDBACK; above the diagonal one of"
                                    + " 1/9 … 9, on and below it null or the reciprocal. Refused (422) when its"
                                    + " consistency ratio is above 0.10")
                    List<List<BigDecimal>> pairwiseComparisons,
            @Schema(
                            required = true,
                            description = "A weight per indicator, each above 0; those of each dimension sum to 1")
                    Map<Indicator, BigDecimal> indicatorWeights,
            @Schema(nullable = true, description = "Default annual targets of volume indicators, each above 0")
                    Map<Indicator, BigDecimal> targets) {}

    /** The scheme's weights, {@code null} when none was given. */
    SchemeWeights weights() {
        return scheme == null
                ? null
                : new SchemeWeights(
                        scheme.dimensionWeights(),
                        scheme.pairwiseComparisons(),
                        scheme.indicatorWeights(),
                        scheme.targets());
    }
}
