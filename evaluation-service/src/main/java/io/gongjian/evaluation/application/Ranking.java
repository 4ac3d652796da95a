package io.gongjian.evaluation.application;

import io.gongjian.commons.paging.Page;
import io.gongjian.evaluation.domain.weights.WeightScheme;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the ranking of the ACTIVE partnerships of a region (docs/evaluation-method.md, 7). */
public record Ranking(
        @Schema(description = "Region-code prefix ranked; empty for the whole country") String region,
        LocalDate asOf,
        int windowDays,
        List<RankingEntry> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        @Schema(
                        description =
                                "The weight scheme every composite listed was computed with: the one applying to the"
                                        + " ranked region on asOf (WEIGHTS.md)")
                SchemeName scheme) {

    static Ranking of(String region, LocalDate asOf, int windowDays, Page<RankingEntry> page, WeightScheme scheme) {
        return new Ranking(
                region,
                asOf,
                windowDays,
                page.items(),
                page.page(),
                page.size(),
                page.totalItems(),
                page.totalPages(),
                SchemeName.of(scheme));
    }
}
