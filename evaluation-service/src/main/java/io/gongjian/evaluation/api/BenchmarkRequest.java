package io.gongjian.evaluation.api;

import io.gongjian.evaluation.domain.benchmarks.Benchmark;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "BenchmarkRequest",
        description = "Designate a partnership a benchmark (标杆) for a period. Refused (422) when the partnership is"
                + " graded below GOOD today, unless a platform admin gives overrideReason")
public record BenchmarkRequest(
        @Schema(required = true) UUID partnershipId,
        @Schema(required = true, description = "The first day of the period") LocalDate validFrom,
        @Schema(required = true, description = "The last day of the period, inclusive; not before validFrom")
                LocalDate validUntil,
        @Schema(required = true, description = "Why the partnership is a benchmark, at most 2000 characters")
                String citation,
        @Schema(
                        nullable = true,
                        description = "Platform admins only, and only for a partnership graded below GOOD: why it is"
                                + " designated all the same, at most 500 characters")
                String overrideReason) {

    Benchmark.Request toRequest() {
        return new Benchmark.Request(partnershipId, validFrom, validUntil, citation, overrideReason);
    }
}
