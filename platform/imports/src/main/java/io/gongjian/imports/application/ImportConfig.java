package io.gongjian.activity.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
}
