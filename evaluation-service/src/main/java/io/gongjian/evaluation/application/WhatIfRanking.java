package io.gongjian.evaluation.application;

import io.gongjian.commons.paging.Page;
import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.evaluation.domain.Grade;
import io.gongjian.evaluation.domain.Indicator;
import io.gongjian.evaluation.domain.weights.PairwiseComparison;
import io.gongjian.evaluation.domain.weights.WeightScheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of a ranking under a scheme given in the request beside the same ranking under the applicable scheme
 * (WEIGHTS.md, what-if ranking), in the order of the given scheme.
 */
@Schema(
        name = "WhatIfRanking",
        description = "The ACTIVE partnerships of a region ranked under the scheme given in the request (nothing is"
                + " saved), each beside its place under the applicable scheme, in the order of the given scheme")
public record WhatIfRanking(
        @Schema(description = "Region-code prefix ranked; empty for the whole country", example = "4502") String region,
        LocalDate asOf,
        int windowDays,
        @Schema(description = "The scheme applying to the ranked region on asOf, which the ranking uses (WEIGHTS.md)")
                SchemeName applicableScheme,
        @Schema(description = "The scheme given in the request, with the weights actually used")
                GivenScheme givenScheme,
        List<Item> items,
        int page,
        int size,
        long totalItems,
        int totalPages) {

    @Schema(name = "WhatIfGivenScheme", description = "The weights and targets a what-if ranking was computed with")
    public record GivenScheme(
            @Schema(description = "As given, or derived from the pairwise comparisons (the principal eigenvector)")
                    Map<Dimension, BigDecimal> dimensionWeights,
            Map<Indicator, BigDecimal> indicatorWeights,
            @Schema(
                            description = "The default annual targets it sets (volume indicators); an agreement's own"
                                    + " target still comes first, INDICATORS.md's default where neither sets one")
                    Map<Indicator, BigDecimal> targets,
            @Schema(nullable = true, description = "CR of the pairwise comparisons; null when the weights were given")
                    Double consistencyRatio) {

        static GivenScheme of(WeightScheme scheme) {
            PairwiseComparison comparisons = scheme.comparisons();
            return new GivenScheme(
                    scheme.dimensionWeights(),
                    scheme.indicatorWeights(),
                    scheme.targets(),
                    comparisons == null ? null : comparisons.consistencyRatio());
        }
    }

    @Schema(name = "WhatIfRankingItem")
    public record Item(
            UUID partnershipId,
            String code,
            String title,
            String regionCode,
            @Schema(description = "Its place in the ranking under the applicable scheme") Standing applicable,
            @Schema(description = "Its place under the given scheme") Standing whatIf,
            @Schema(
                            nullable = true,
                            description = "Applicable rank − what-if rank: positive moved up, negative down; null when"
                                    + " either rank is null",
                            example = "2")
                    Integer rankChange) {

        Item(RankedCandidate applicable, int applicableIndex, RankedCandidate whatIf, int whatIfIndex) {
            this(
                    whatIf.partnership().id(),
                    whatIf.partnership().code(),
                    whatIf.partnership().title(),
                    whatIf.partnership().regionCode(),
                    Standing.of(applicable.entry(applicableIndex)),
                    Standing.of(whatIf.entry(whatIfIndex)),
                    applicable.rank(applicableIndex) == null || whatIf.rank(whatIfIndex) == null
                            ? null
                            : applicable.rank(applicableIndex) - whatIf.rank(whatIfIndex));
        }
    }

    @Schema(name = "WhatIfStanding", description = "Rank, composite and grade of a partnership under one scheme")
    public record Standing(
            @Schema(nullable = true, description = "1..n by composite; null without a composite (listed last)")
                    Integer rank,
            @Schema(nullable = true, description = "0..100, rounded half-up to 2 decimals") BigDecimal composite,
            Grade grade) {

        static Standing of(RankingEntry entry) {
            return new Standing(entry.rank(), entry.composite(), entry.grade());
        }
    }

    static WhatIfRanking of(
            String region,
            LocalDate asOf,
            int windowDays,
            WeightScheme applicable,
            WeightScheme given,
            Page<Item> page) {
        return new WhatIfRanking(
                region,
                asOf,
                windowDays,
                SchemeName.of(applicable),
                GivenScheme.of(given),
                page.items(),
                page.page(),
                page.size(),
                page.totalItems(),
                page.totalPages());
    }
}
