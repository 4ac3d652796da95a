package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.warnings.WarningKind;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A warning open on a day, as the score and the change feed show it. */
@Schema(name = "OpenWarning", description = "An early warning open on the day (WEIGHTS.md, Early warnings)")
public record OpenWarning(
        WarningKind kind,
        @Schema(nullable = true, description = "The rectification item of a RECTIFICATION_OVERDUE warning")
                UUID subjectId,
        @Schema(description = "The first day from which it has held without a break") LocalDate startedOn) {}
