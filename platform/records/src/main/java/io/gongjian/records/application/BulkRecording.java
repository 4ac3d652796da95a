package io.gongjian.records.application;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Set;

/**
 * Marks a transaction that records many records at once (a spreadsheet import). Recording under an external
 * reference locks, so that calls with one reference queue up; a single write locks its reference (and shares a lock
 * of its partnership). A bulk recording locks each partnership it records into instead, once: one transaction
 * holding a lock per reference of a 50,000-row file would overflow PostgreSQL's lock table (room for
 * {@code max_locks_per_transaction} × connections locks, 6,400 by default). A single write into a partnership an
 * import is writing therefore waits for the import, and for nothing else.
 */
public final class BulkRecording {

    private static final Object MARK = BulkRecording.class;

    private BulkRecording() {}

    /** The current transaction records in bulk, until it ends. */
    public static void declare(TransactionSynchronizationRegistry transactions) {
        transactions.putResource(MARK, new HashSet<String>());
    }

    public static boolean declared(TransactionSynchronizationRegistry transactions) {
        return transactions.getTransactionKey() != null && transactions.getResource(MARK) != null;
    }

    /**
     * Whether the current bulk recording has yet to lock {@code partnership} (a lock's name): true once, the first
     * time it is asked; a lock is taken once per transaction, not once per row.
     */
    @SuppressWarnings("unchecked")
    public static boolean firstFor(TransactionSynchronizationRegistry transactions, String partnership) {
        return ((Set<String>) transactions.getResource(MARK)).add(partnership);
    }
}
