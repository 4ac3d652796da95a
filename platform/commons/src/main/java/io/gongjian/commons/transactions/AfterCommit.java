package io.gongjian.commons.transactions;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** What happens only once a transaction committed: a wake-up, a count, a measurement; never after a rollback. */
public final class AfterCommit {

    private AfterCommit() {}

    /** Runs {@code action} after the current transaction has committed; nothing when it rolls back. */
    public static void run(TransactionSynchronizationRegistry transactions, Runnable action) {
        run(transactions, action, () -> {});
    }

    /**
     * Runs {@code committed} after the current transaction has committed, {@code rolledBack} after it has not: for
     * what the transaction handed on and must let go of if it fails.
     */
    public static void run(TransactionSynchronizationRegistry transactions, Runnable committed, Runnable rolledBack) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    committed.run();
                } else {
                    rolledBack.run();
                }
            }
        });
    }
}
