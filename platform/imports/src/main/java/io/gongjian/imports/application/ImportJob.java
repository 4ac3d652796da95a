package io.gongjian.imports.application;

import io.gongjian.imports.domain.ImportKind;
import io.gongjian.imports.domain.ImportMode;
import io.gongjian.imports.domain.ImportState;
import io.gongjian.imports.domain.RowProblem;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An import as its job row says: what was uploaded, by whom, and how far it got.
 *
 * @param rowsRead the non-empty data rows of the file
 * @param counts how many of them went which way so far
 * @param requestedBy the subject of the caller who uploaded it: only they (and platform administrators) see it
 * @param failure why a FAILED job stopped, in Chinese and English ({@code null} otherwise)
 */
public record ImportJob(
        UUID id,
        ImportKind kind,
        ImportMode mode,
        ImportState state,
        String fileName,
        List<String> headings,
        String requestedBy,
        int rowsRead,
        RowCounts counts,
        RowProblem failure,
        OffsetDateTime createdAt,
        OffsetDateTime finishedAt) {}
