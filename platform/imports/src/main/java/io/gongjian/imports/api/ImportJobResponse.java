package io.gongjian.activity.api;

import io.gongjian.activity.application.ImportJob;
import io.gongjian.activity.application.RowProblem;
import io.gongjian.activity.domain.ImportState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportJob", description = "A spreadsheet import and how far it got")
public record ImportJobResponse(
        UUID id,
        @Schema(example = "activities") String kind,
        @Schema(enumeration = {"atomic", "valid-rows"}) String mode,
        ImportState state,
        @Schema(nullable = true, example = "activities-2026.xlsx") String fileName,
        @Schema(description = "Data rows read from the file (empty rows skipped)", example = "10000") int rowsRead,
        @Schema(description = "Rows checked or written so far", example = "4200") int rowsProcessed,
        @Schema(description = "Rows written (atomic: only once every row passed)", example = "9997") int rowsAccepted,
        @Schema(description = "Rows refused: see the report", example = "3") int rowsRefused,
        @Schema(description = "rowsProcessed / rowsRead, 0 to 1", example = "0.42") BigDecimal progress,
        @Schema(description = "Why a FAILED job stopped", nullable = true) RowProblem failure,
        @Schema(description = "The per-row report of the refused rows (CSV)", example = "/api/v1/imports/…/report")
                String report,
        OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime finishedAt) {

    static ImportJobResponse of(ImportJob job) {
        BigDecimal progress = job.rowsRead() == 0
                ? BigDecimal.ONE
                : BigDecimal.valueOf(job.rowsProcessed())
                        .divide(BigDecimal.valueOf(job.rowsRead()), 2, RoundingMode.DOWN);
        return new ImportJobResponse(
                job.id(),
                job.kind(),
                job.mode().code(),
                job.state(),
                job.fileName(),
                job.rowsRead(),
                job.rowsProcessed(),
                job.rowsAccepted(),
                job.rowsRefused(),
                progress,
                job.failure(),
                "/api/v1/imports/" + job.id() + "/report",
                job.createdAt(),
                job.finishedAt());
    }
}
