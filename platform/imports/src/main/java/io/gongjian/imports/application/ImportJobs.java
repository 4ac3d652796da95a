package io.gongjian.imports.application;

import io.gongjian.commons.domain.Message;
import io.gongjian.commons.domain.NotFound;
import io.gongjian.commons.security.Caller;
import io.gongjian.commons.transactions.AfterCommit;
import io.gongjian.imports.domain.ImportKind;
import io.gongjian.imports.domain.ImportMode;
import io.gongjian.imports.domain.ImportState;
import io.gongjian.imports.domain.RowProblem;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Spreadsheet imports as jobs. The upload is checked as a whole in the request and kept as a file; the job row is
 * stored and the rows are read from the file and written on the service's one import worker thread (one import at
 * a time per instance: an import is heavy, and a queue keeps the API responsive), through {@link ImportWrites}, i.e.
 * the kind's use case of a single POST. The file is read one row at a time, so a job holds one chunk of rows.
 *
 * <p>{@code atomic}: every row in one transaction; if a row is refused, that transaction is rolled back and a dry run
 * (chunks through the whole write path, each rolled back; a refused chunk redone row by row) names every refused
 * row. A file that passes is so written once. {@code valid-rows}: chunks committed one by one, a refused chunk
 * redone row by row. Each job is owned by the instance that runs it, which keeps it alive with a heartbeat; a job
 * whose instance stopped or crashed (silent for {@code gongjian.imports.abandoned-after}) is marked FAILED by any
 * instance, saying what that means for its mode (atomic: nothing written; valid-rows: the rows accepted so far are
 * written); the jobs other live instances run are left alone. The kept file goes with its job, so such a job is
 * uploaded again, not resumed.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    @Inject
    ImportJobStore store;

    @Inject
    ImportWrites writes;

    @Inject
    ImportConfig config;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** This instance of the service, the owner of the jobs it runs (a new one each start). */
    private final String instance = UUID.randomUUID().toString();

    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "import-worker");
        thread.setDaemon(true);
        return thread;
    });

    /** Stores the job and hands its file to the worker once the job row is committed; the job closes the file. */
    @Transactional
    public ImportJob start(Caller caller, ImportBinding<?> binding, ImportMode mode, ImportFile file) {
        ImportJob job = new ImportJob(
                UUID.randomUUID(),
                binding.kind(),
                mode,
                ImportState.QUEUED,
                file.name(),
                file.headings(),
                owner(caller),
                file.rows(),
                RowCounts.NONE,
                null,
                OffsetDateTime.now(),
                null);
        store.add(job, instance);
        AfterCommit.run(
                transactions, () -> worker.submit(() -> runSafely(job.id(), caller, binding, mode, file)), file::close);
        return job;
    }

    /** A job of the kind the caller started (any job for a platform administrator). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportJob get(Caller caller, ImportKind kind, UUID id) {
        return store.find(id)
                .filter(job -> job.kind() == kind)
                .filter(job -> caller.seesEverything() || job.requestedBy().equals(owner(caller)))
                .orElseThrow(() -> new NotFound("import job", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public void refusedRows(Caller caller, ImportKind kind, UUID id, Consumer<ImportJobStore.RefusedRow> each) {
        get(caller, kind, id);
        store.refusedRows(id, each);
    }

    /**
     * This instance still runs its jobs; the jobs of instances silent for {@code abandoned-after} are FAILED, as the
     * file is not kept and cannot be resumed. Every {@code heartbeat-interval}, and on start (for the jobs of this
     * service's previous run); answers how many jobs it marked FAILED.
     */
    @Transactional
    public int heartbeat() {
        store.heartbeat(instance);
        int failed = store.failAbandoned(
                instance,
                OffsetDateTime.now().minus(config.abandonedAfter()),
                RowProblem.of(null, Message.of("import.interrupted", Message.of("import.interrupted-atomic"))),
                RowProblem.of(null, Message.of("import.interrupted", Message.of("import.interrupted-valid-rows"))));
        if (failed > 0) {
            LOG.warnf(
                    "%d import job(s) were left by a stopped instance (silent for %s) and are marked FAILED",
                    failed, config.abandonedAfter());
        }
        return failed;
    }

    @Scheduled(
            every = "${gongjian.imports.heartbeat-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void beat() {
        heartbeat();
    }

    void started(@Observes StartupEvent started) {
        heartbeat();
    }

    void stop(@Observes ShutdownEvent stopping) {
        worker.shutdownNow();
    }

    @ActivateRequestContext
    void runSafely(UUID id, Caller caller, ImportBinding<?> binding, ImportMode mode, ImportFile file) {
        try (file) {
            store.progress(id, ImportState.RUNNING, RowCounts.NONE);
            if (mode == ImportMode.ATOMIC) {
                runAtomic(id, caller, binding, file);
            } else {
                runValidRows(id, caller, binding, file);
            }
        } catch (RuntimeException failure) {
            LOG.errorf(failure, "import %s failed", id);
            Message said = Message.of(
                    mode == ImportMode.ATOMIC ? "import.interrupted-atomic" : "import.interrupted-valid-rows");
            RowCounts sofar = store.find(id).orElseThrow().counts();
            store.finish(
                    id,
                    ImportState.FAILED,
                    mode == ImportMode.ATOMIC ? sofar.noneWritten() : sofar,
                    RowProblem.of(
                            null, Message.of("import.failed", failure.getClass().getSimpleName(), said)));
        }
    }

    /** Every row in one transaction; if any is refused, nothing is written and a dry run names every refused row. */
    private void runAtomic(UUID id, Caller caller, ImportBinding<?> binding, ImportFile file) {
        try {
            Tally written = writes.writeAll(
                    caller, binding, file, config.chunkRows(), sofar -> store.progress(id, ImportState.RUNNING, sofar));
            store.finish(id, ImportState.SUCCEEDED, written.counts(), null);
        } catch (ImportWrites.Refused first) {
            Tally tally = new Tally();
            inChunks(id, caller, binding, ImportMode.ATOMIC, file, tally);
            if (tally.refusedRows() == 0) {
                // The data changed between the write and the dry run: the row refused first stands.
                refuse(id, first.row, first.problems, tally);
            }
            store.finish(id, ImportState.REFUSED, tally.counts().noneWritten(), null);
        }
    }

    private void runValidRows(UUID id, Caller caller, ImportBinding<?> binding, ImportFile file) {
        Tally tally = new Tally();
        inChunks(id, caller, binding, ImportMode.VALID_ROWS, file, tally);
        store.finish(
                id,
                tally.refusedRows() == 0 ? ImportState.SUCCEEDED : ImportState.PARTIALLY_SUCCEEDED,
                tally.counts(),
                null);
    }

    /**
     * The file's readable rows, a chunk at a time, each chunk kept ({@code valid-rows}) or rolled back (the dry run of
     * {@code atomic}); its unreadable rows refused as read; the progress stored after each chunk.
     */
    private void inChunks(
            UUID id, Caller caller, ImportBinding<?> binding, ImportMode mode, ImportFile file, Tally tally) {
        boolean keep = mode == ImportMode.VALID_ROWS;
        List<ImportRow> chunk = new ArrayList<>(config.chunkRows());
        Runnable flush = () -> {
            attempt(id, caller, binding, mode, chunk, keep, tally);
            chunk.clear();
            store.progress(
                    id,
                    ImportState.RUNNING,
                    keep ? tally.counts() : tally.counts().noneWritten());
        };
        file.forEachRow(row -> {
            if (!row.isReadable()) {
                refuse(id, row, row.problems(), tally);
            } else {
                chunk.add(row);
                if (chunk.size() == config.chunkRows()) {
                    flush.run();
                }
            }
        });
        if (!chunk.isEmpty()) {
            flush.run();
        }
    }

    /** One chunk in one transaction; if a row is refused, every row of the chunk on its own. */
    private void attempt(
            UUID id,
            Caller caller,
            ImportBinding<?> binding,
            ImportMode mode,
            List<ImportRow> chunk,
            boolean keep,
            Tally tally) {
        try {
            tally.add(writes.write(caller, binding, mode, chunk, keep));
        } catch (ImportWrites.Refused firstRefusal) {
            for (ImportRow row : chunk) {
                try {
                    tally.add(writes.write(caller, binding, mode, List.of(row), keep));
                } catch (ImportWrites.Refused refused) {
                    refuse(id, row, refused.problems, tally);
                }
            }
        }
    }

    private void refuse(UUID id, ImportRow row, List<RowProblem> problems, Tally tally) {
        tally.refused();
        store.refuse(id, new ImportJobStore.RefusedRow(row.number(), row.values(), problems));
    }

    private static String owner(Caller caller) {
        return Objects.requireNonNullElse(caller.subject(), caller.username());
    }
}
