package io.gongjian.imports.domain;

/** Where an import job stands. */
public enum ImportState {
    /** Accepted, waiting for the import worker. */
    QUEUED,
    RUNNING,
    /** Every row written. */
    SUCCEEDED,
    /** Mode valid-rows: the valid rows written, the others refused (see the report). */
    PARTIALLY_SUCCEEDED,
    /** Mode atomic: some rows refused, so nothing was written. */
    REFUSED,
    /** Stopped by an unexpected failure or a restart of the service; the job says what was written. */
    FAILED;

    public boolean isFinished() {
        return this != QUEUED && this != RUNNING;
    }
}
