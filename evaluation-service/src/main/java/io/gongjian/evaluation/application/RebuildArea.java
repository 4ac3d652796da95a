package io.gongjian.evaluation.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Port: where a rebuild builds the read model (what the events built, the day figures and the current scores) beside
 * the live one, which readers and live consumers keep using until the built one replaces it. What is not built from
 * events (evaluator inputs, weight schemes, the change feed, …) is shared by both.
 */
public interface RebuildArea {

    /** The database's migration, that of the tables the model is built in. */
    String schemaVersion();

    /** Empty tables for a new build, dropping what an earlier one left. */
    void prepare();

    /** This transaction reads and writes the model being built instead of the live one. */
    void enter();

    /** The partnerships whose built current scores are not those of the live model (scores, status or report). */
    List<UUID> scoresDifferingFromLive();

    /**
     * The partnerships whose scores what is shared may have moved since {@code since}: evaluator inputs recorded or
     * changed, and weight schemes saved for their regions.
     */
    Set<UUID> changedBesideSince(OffsetDateTime since);

    /** The built model becomes the live one, in this transaction; the old one is dropped when it commits. */
    void switchOver();

    /** Drops the model being built. */
    void discard();
}
