package io.gongjian.imports.application;

import java.util.List;
import java.util.function.Consumer;

/**
 * An uploaded file, kept for its job until the job ends: its headings, how many rows it has, and its rows read as
 * its kind's requests, again on each pass, one at a time (so that a job holds one chunk of rows, whatever the size
 * of the file).
 */
public interface ImportFile extends AutoCloseable {

    /** As uploaded, if the client named it. */
    String name();

    List<String> headings();

    /** Its non-empty data rows. */
    int rows();

    /**
     * Reads every row, in file order: each one as its kind's request, or as what is wrong with it (a repeat of an
     * earlier row of the file included).
     */
    void forEachRow(Consumer<ImportRow> each);

    /** Lets go of the kept file. */
    @Override
    void close();
}
