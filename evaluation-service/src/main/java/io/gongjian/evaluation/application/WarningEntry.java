package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.warnings.WarningKind;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One early warning as the list shows it. */
@Schema(name = "EarlyWarning", description = "An early warning of an ACTIVE partnership, open or ended")
public record WarningEntry(
        UUID id,
        UUID partnershipId,
        @Schema(example = "GJ-450200-2024-0001") String partnershipCode,
        String partnershipTitle,
        @Schema(example = "450200") String regionCode,
        WarningKind kind,
        @Schema(nullable = true, description = "The rectification item of a RECTIFICATION_OVERDUE warning")
                UUID subjectId,
        @Schema(description = "The first day from which it has held without a break") LocalDate startedOn,
        @Schema(nullable = true, description = "The first day it no longer held; null while open") LocalDate endedOn,
        @Schema(
                        description = "What it rests on as of the day it was found: DORMANT lastActivityOn (absent"
                                + " without any activity), termStart; RECTIFICATION_OVERDUE issue, raisedOn, dueOn;"
                                + " SCORE_DROP composite, compositeBefore (90 days earlier); COVERAGE_LOW coverage")
                Map<String, Object> details) {}
