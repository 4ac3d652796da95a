package io.gongjian.evaluation.application;

import io.gongjian.commons.paging.Page;
import io.gongjian.evaluation.domain.Indicator;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the records and inputs behind one indicator of a partnership's score, by business date. */
@Schema(name = "IndicatorRecords")
public record IndicatorRecords(
        UUID partnershipId,
        Indicator indicator,
        LocalDate asOf,
        int windowDays,
        @Schema(description = "Record and input ids, as the score's recordIds would list them") List<UUID> items,
        int page,
        int size,
        long totalItems,
        int totalPages) {

    static IndicatorRecords of(
            UUID partnershipId, Indicator indicator, LocalDate asOf, int windowDays, Page<UUID> page) {
        return new IndicatorRecords(
                partnershipId,
                indicator,
                asOf,
                windowDays,
                page.items(),
                page.page(),
                page.size(),
                page.totalItems(),
                page.totalPages());
    }
}
