package io.gongjian.imports.application;

import io.gongjian.commons.domain.DomainException;
import io.gongjian.commons.security.Caller;
import io.gongjian.imports.domain.ImportMode;
import io.gongjian.imports.domain.RowProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Rows written through their kind's {@link ImportBinding#write}, the service's use case of a single POST (the same
 * rules, scope checks, history and outbox), several in one transaction of their own.
 */
@ApplicationScoped
class ImportWrites {

    /** The first row of a chunk the records refused; the chunk's transaction is rolled back. */
    static final class Refused extends RuntimeException {
        final ImportRow row;
        final transient RowProblem problem;

        Refused(ImportRow row, DomainException refusal) {
            super(refusal.getMessage(), null, false, false);
            this.row = row;
            this.problem = RowProblem.of(refusal);
        }
    }

    @Inject
    ImportJobStore store;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Writes the rows in one new transaction; with {@code keep} false rolls it back when all passed: a dry run
     * through the whole write path. The first refused row throws {@link Refused}, and nothing of the chunk stays.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(
            Caller caller,
            ImportBinding<?> binding,
            ImportMode mode,
            List<ImportRow> rows,
            boolean keep,
            int releaseEvery) {
        int written = 0;
        for (ImportRow row : rows) {
            try {
                binding.writeRow(caller, row.request(), mode);
            } catch (DomainException refusal) {
                throw new Refused(row, refusal);
            }
            if (++written % releaseEvery == 0) {
                store.release();
            }
        }
        if (!keep) {
            transactions.setRollbackOnly();
        }
    }
}
