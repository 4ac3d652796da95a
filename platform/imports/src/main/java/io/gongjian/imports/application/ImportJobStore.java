package io.gongjian.activity.application;

import io.gongjian.activity.domain.ImportState;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Where import jobs and their refused rows are kept (the service's own database). */
public interface ImportJobStore {

    /** One refused row of a job's report: its number, its cells as uploaded, and why. */
    record RefusedRow(int number, List<String> values, List<RowProblem> problems) {}

    void add(ImportJob job);

    Optional<ImportJob> find(UUID id);

    void progress(UUID id, ImportState state, int processed, int accepted, int refused);

    void refuse(UUID id, RefusedRow row);

    void finish(UUID id, ImportState state, int accepted, int refused, RowProblem failure);

    /** The refused rows of a job, in row order, one at a time. */
    void refusedRows(UUID id, Consumer<RefusedRow> each);

    /** Marks the jobs left QUEUED or RUNNING by a stopped service as FAILED; answers how many. */
    int failUnfinished(RowProblem atomic, RowProblem validRows);

    /**
     * Sends what the current transaction wrote to the database and lets go of it, so that a transaction writing
     * thousands of records holds the memory of one chunk.
     */
    void release();
}
