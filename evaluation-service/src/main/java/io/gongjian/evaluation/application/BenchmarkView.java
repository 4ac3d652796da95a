package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.Grade;
import io.gongjian.evaluation.domain.benchmarks.BenchmarkState;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A benchmark as the list and the export show it: the partnership, the period, the citation, the relay chain. */
@Schema(name = "Benchmark", description = "A benchmark partnership (标杆) for a period, with its relay chain")
public record BenchmarkView(
        UUID id,
        PartnershipRef partnership,
        LocalDate validFrom,
        @Schema(description = "The last day of the period, inclusive") LocalDate validUntil,
        @Schema(description = "UPCOMING, CURRENT or PAST as of today") BenchmarkState state,
        String citation,
        LocalDate designatedOn,
        String designatedBy,
        @Schema(description = "The partnership's grade as of designatedOn (365-day window, its region's scheme)")
                Grade gradeOnDesignation,
        @Schema(nullable = true, description = "Why a platform admin designated a partnership graded below GOOD")
                String overrideReason,
        @Schema(
                        description =
                                "The partnership hosting now: the benchmark's own until the first relay, then the last"
                                        + " relay's next host")
                PartnershipRef currentHost,
        @Schema(description = "The relay chain, by sequence") List<RelayView> relays) {

    /** A partnership as this context knows it; code and title null while the read model is being rebuilt. */
    @Schema(name = "BenchmarkPartnership")
    public record PartnershipRef(
            UUID id,
            @Schema(nullable = true) String code,
            @Schema(nullable = true) String title,
            @Schema(nullable = true) String regionCode) {}

    /**
     * The showcase activity as the read model keeps it. Type, title and attendance are null for an activity received
     * before they were kept (V11) until the read model is rebuilt, and everything but the id for one revoked or
     * unknown here.
     */
    @Schema(name = "BenchmarkShowcaseActivity")
    public record ActivityRef(
            UUID id,
            @Schema(nullable = true, description = "SITE_VISIT, SYMPOSIUM, …") String type,
            @Schema(nullable = true) String title,
            @Schema(nullable = true) LocalDate occurredOn,
            @Schema(nullable = true) Integer attendance) {}

    @Schema(name = "BenchmarkRelay", description = "One hand-over of the host role")
    public record RelayView(
            int sequence,
            PartnershipRef host,
            ActivityRef showcaseActivity,
            PartnershipRef nextHost,
            @Schema(nullable = true) String note,
            OffsetDateTime recordedAt,
            String recordedBy) {}
}
