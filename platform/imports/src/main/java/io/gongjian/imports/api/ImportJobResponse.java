package io.gongjian.imports.api;

import io.gongjian.imports.application.ImportJob;
import io.gongjian.imports.domain.ImportState;
import io.gongjian.imports.domain.RowProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportJob", description = "A spreadsheet import and how far it got")
public record ImportJobResponse(
        UUID id,
        @Schema(implementation = ImportKindCode.class) String kind,
        @Schema(enumeration = {"atomic", "valid-rows"}) String mode,
        ImportState state,
        @Schema(nullable = true, example = "activities-2026.xlsx") String fileName,
        @Schema(description = "Data rows read from the file (empty rows skipped)", example = "10000") int rowsRead,
        @Schema(description = "Rows checked or written so far", example = "4200") int rowsProcessed,
        @Schema(
                        description =
                                "Rows written (atomic: only once every row passed): created, unchanged and amended",
                        example = "9997")
                int rowsAccepted,
        @Schema(description = "Of the rows accepted, those that made a new record", example = "9990") int rowsCreated,
        @Schema(
                        description = "Of the rows accepted, those naming a record that said the same already (by"
                                + " externalRef; a member count by its date, a key project by its title): nothing"
                                + " changed, as when a file is uploaded again",
                        example = "5")
                int rowsUnchanged,
        @Schema(
                        description = "Of the rows accepted, those naming a record that said something else: amended"
                                + " (valid-rows only)",
                        example = "2")
                int rowsAmended,
        @Schema(description = "Rows refused: see the report", example = "3") int rowsRefused,
        @Schema(description = "rowsProcessed / rowsRead, 0 to 1", example = "0.42") BigDecimal progress,
        @Schema(description = "Why a FAILED job stopped", nullable = true) RowProblem failure,
        @Schema(
                        description = "The per-row report of the refused rows (CSV)",
                        example = "/api/v1/imports/activities/…/report")
                String report,
        OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime finishedAt) {

    /** The job's address: with its kind, by which the gateway finds the service that runs it. */
    static String path(ImportJob job) {
        return "/api/v1/imports/" + job.kind().code() + "/" + job.id();
    }

    static ImportJobResponse of(ImportJob job) {
        BigDecimal progress = job.rowsRead() == 0
                ? BigDecimal.ONE
                : BigDecimal.valueOf(job.counts().processed())
                        .divide(BigDecimal.valueOf(job.rowsRead()), 2, RoundingMode.DOWN);
        return new ImportJobResponse(
                job.id(),
                job.kind().code(),
                job.mode().code(),
                job.state(),
                job.fileName(),
                job.rowsRead(),
                job.counts().processed(),
                job.counts().accepted(),
                job.counts().created(),
                job.counts().unchanged(),
                job.counts().amended(),
                job.counts().refused(),
                progress,
                job.failure(),
                path(job) + "/report",
                job.createdAt(),
                job.finishedAt());
    }
}
