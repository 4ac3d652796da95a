package io.gongjian.imports.domain;

/** What writing one row did, as the job counts it. */
public enum RowOutcome {
    /** A new record (or organisation, partnership, …). */
    CREATED,
    /** The row names a record that says the same already: nothing changed (a file uploaded again). */
    UNCHANGED,
    /** The row names a record that said something else: it was amended, with its history. */
    AMENDED
}
