package io.gongjian.imports.application;

import io.gongjian.imports.domain.ImportState;
import io.gongjian.imports.domain.RowProblem;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Where import jobs and their refused rows are kept (the service's own database). */
public interface ImportJobStore {

    /** One refused row of a job's report: its number, its cells as uploaded, and why. */
    record RefusedRow(int number, List<String> values, List<RowProblem> problems) {}

    /** A new job, run by the instance {@code owner}, alive now. */
    void add(ImportJob job, String owner);

    Optional<ImportJob> find(UUID id);

    /** How far a job got, said at once (in a transaction of its own, as the job's own may last long). */
    void progress(UUID id, ImportState state, RowCounts counts);

    void refuse(UUID id, RefusedRow row);

    void finish(UUID id, ImportState state, RowCounts counts, RowProblem failure);

    /** The refused rows of a job, in row order, one at a time. */
    void refusedRows(UUID id, Consumer<RefusedRow> each);

    /** The owner's unfinished jobs are alive now; answers how many it has. */
    int heartbeat(String owner);

    /**
     * Marks as FAILED the unfinished jobs of other instances silent since {@code silentSince} (stopped or crashed
     * with the job); answers how many.
     */
    int failAbandoned(String owner, OffsetDateTime silentSince, RowProblem atomic, RowProblem validRows);

    /**
     * Sends what the current transaction wrote to the database and lets go of it, so that a transaction writing
     * thousands of records holds the memory of one chunk.
     */
    void release();
}
