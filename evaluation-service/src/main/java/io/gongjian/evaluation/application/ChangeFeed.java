package io.gongjian.evaluation.application;

import io.gongjian.commons.security.PartnershipVisibility;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.Scorecard;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Port: the change feed's table. Entries are written in the transaction that changes the scores, unnumbered; the
 * sequencer numbers committed entries in the order it finds them, one sequencer at a time, so a reader that follows
 * the numbers never skips an entry that commits late.
 */
public interface ChangeFeed {

    /**
     * Adds an entry when the partnership's current composite, grade, dimension scores or status differ from its last
     * entry; answers whether it did.
     */
    boolean recordIfChanged(EvaluatedPartnership partnership, Scorecard scorecard, ChangeCause cause);

    /**
     * Adds an entry when the partnership's open warnings (or its scores or status) differ from its last entry, the
     * warning scan's: answers whether it did. Entries written by {@link #recordIfChanged} keep the warnings of the
     * entry before them.
     */
    boolean recordWarnings(
            EvaluatedPartnership partnership, Scorecard scorecard, List<OpenWarning> warnings, ChangeCause cause);

    /** Numbers the committed entries that have no position yet (its own transaction). */
    void sequence();

    /** Up to {@code limit} numbered entries after {@code position} that {@code visibility} lets through, in order. */
    List<ScoreChange> after(long position, int limit, PartnershipVisibility visibility);

    /** The highest position purged: a cursor before it may have missed entries. */
    long purgedThrough();

    /** Deletes the numbered entries written before {@code oldest}; answers how many. */
    int purge(OffsetDateTime oldest);
}
