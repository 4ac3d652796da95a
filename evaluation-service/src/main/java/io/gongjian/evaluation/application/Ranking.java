package io.gongjian.evaluation.application;

import io.gongjian.commons.paging.Page;
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
        int totalPages) {

    static Ranking of(String region, LocalDate asOf, int windowDays, Page<RankingEntry> page) {
        return new Ranking(
                region, asOf, windowDays, page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
    }
}
