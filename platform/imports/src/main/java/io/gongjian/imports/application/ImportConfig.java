package io.gongjian.imports.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The limits of spreadsheet imports (gongjian.imports.*). */
@ConfigMapping(prefix = "gongjian.imports")
public interface ImportConfig {

    /** The largest file accepted, in bytes (10 MiB: some 50,000 rows of CSV). */
    @WithDefault("10485760")
    long maxFileBytes();

    /** The most data rows one job takes. */
    @WithDefault("50000")
    int maxRows();

    /** Rows written per transaction; a chunk with a refused row is redone row by row. */
    @WithDefault("200")
    int chunkRows();

    /** How often an instance says that it still runs its unfinished jobs (and looks for abandoned ones). */
    @WithDefault("10s")
    Duration heartbeatInterval();

    /**
     * How long an unfinished job's instance may stay silent before the job counts as abandoned (its instance
     * stopped or crashed) and is marked FAILED by another, or by the same service started again.
     */
    @WithDefault("1m")
    Duration abandonedAfter();
}
