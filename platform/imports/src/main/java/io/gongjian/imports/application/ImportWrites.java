package io.gongjian.imports.application;

import io.gongjian.commons.domain.DomainException;
import io.gongjian.commons.security.Caller;
import io.gongjian.imports.domain.ImportMode;
import io.gongjian.imports.domain.RowOutcome;
import io.gongjian.imports.domain.RowProblem;
import io.gongjian.records.application.BulkRecording;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rows written through their kind's {@link ImportBinding#write}, the service's use case of a single POST (the same
 * rules, scope checks, history and outbox), many in one transaction of their own. Each such transaction is a bulk
 * recording ({@link BulkRecording}): it locks the partnerships it records into rather than each row's reference.
 */
@ApplicationScoped
class ImportWrites {

    /** How long writing a whole file in one transaction may take, at most (50,000 rows take about a minute). */
    static final int WHOLE_FILE_TIMEOUT_SECONDS = 1800;

    /** The first row the records (or the reading) refused; the transaction is rolled back. */
    static final class Refused extends RuntimeException {
        final transient ImportRow row;
        final transient List<RowProblem> problems;

        Refused(ImportRow row, List<RowProblem> problems) {
            super(null, null, false, false);
            this.row = row;
            this.problems = List.copyOf(problems);
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
    public Tally write(Caller caller, ImportBinding<?> binding, ImportMode mode, List<ImportRow> rows, boolean keep) {
        BulkRecording.declare(transactions);
        Tally chunk = new Tally();
        for (ImportRow row : rows) {
            chunk.count(writeRow(caller, binding, mode, row));
        }
        if (!keep) {
            transactions.setRollbackOnly();
        }
        return chunk;
    }

    /**
     * Writes every row of the file in one new transaction: all of them, or, at the first row refused or unreadable,
     * none ({@link Refused}). What it wrote is let go of every {@code chunkRows} rows, so that the transaction holds
     * the memory of one chunk; {@code progress} then hears how many rows were processed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = WHOLE_FILE_TIMEOUT_SECONDS)
    public Tally writeAll(
            Caller caller, ImportBinding<?> binding, ImportFile file, int chunkRows, Consumer<RowCounts> progress) {
        BulkRecording.declare(transactions);
        Tally all = new Tally();
        file.forEachRow(row -> {
            if (!row.isReadable()) {
                throw new Refused(row, row.problems());
            }
            all.count(writeRow(caller, binding, ImportMode.ATOMIC, row));
            if (all.counts().processed() % chunkRows == 0) {
                store.release();
                progress.accept(all.counts().noneWritten());
            }
        });
        return all;
    }

    private static RowOutcome writeRow(Caller caller, ImportBinding<?> binding, ImportMode mode, ImportRow row) {
        try {
            return binding.writeRow(caller, row.request(), mode);
        } catch (DomainException refusal) {
            throw new Refused(row, List.of(RowProblem.of(refusal)));
        }
    }
}
