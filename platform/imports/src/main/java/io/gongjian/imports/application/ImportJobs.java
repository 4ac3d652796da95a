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
import org.jboss.logging.Logger;

/**
 * Spreadsheet imports as jobs. The upload is read in the request; the job row is stored and the rows are written on
 * the service's one import worker thread (one import at a time per instance: an import is heavy, and a queue keeps
 * the API responsive), through {@link ImportWrites}, i.e. the kind's use case of a single POST.
 *
 * <p>{@code atomic}: a dry run first (chunks through the whole write path, each rolled back; a refused chunk redone
 * row by row to find every refused row), then, only if every row passed, all rows in one transaction; a refusal then
 * (the data changed in between) rolls everything back. {@code valid-rows}: chunks committed one by one, a refused
 * chunk redone row by row. Each job is owned by the instance that runs it, which keeps it alive with a heartbeat; a
 * job whose instance stopped or crashed (silent for {@code gongjian.imports.abandoned-after}) is marked FAILED by
 * any instance, saying what that means for its mode (atomic: nothing written; valid-rows: the rows accepted so far
 * are written); the jobs other live instances run are left alone. The file itself is not kept, so such a job is
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

    /** Stores the job and hands its rows to the worker once the job row is committed. */
    @Transactional
    public ImportJob start(
            Caller caller,
            ImportBinding<?> binding,
            ImportMode mode,
            String fileName,
            List<String> headings,
            List<ImportRow> rows) {
        ImportJob job = new ImportJob(
                UUID.randomUUID(),
                binding.kind(),
                mode,
                ImportState.QUEUED,
                fileName,
                headings,
                owner(caller),
                rows.size(),
                0,
                0,
                0,
                null,
                OffsetDateTime.now(),
                null);
        store.add(job, instance);
        AfterCommit.run(transactions, () -> worker.submit(() -> runSafely(job.id(), caller, binding, mode, rows)));
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
    public void refusedRows(
            Caller caller, ImportKind kind, UUID id, java.util.function.Consumer<ImportJobStore.RefusedRow> each) {
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
    void runSafely(UUID id, Caller caller, ImportBinding<?> binding, ImportMode mode, List<ImportRow> rows) {
        try {
            store.progress(id, ImportState.RUNNING, 0, 0, 0);
            if (mode == ImportMode.ATOMIC) {
                runAtomic(id, caller, binding, rows);
            } else {
                runValidRows(id, caller, binding, rows);
            }
        } catch (RuntimeException failure) {
            LOG.errorf(failure, "import %s failed", id);
            Message said = Message.of(
                    mode == ImportMode.ATOMIC ? "import.interrupted-atomic" : "import.interrupted-valid-rows");
            ImportJob job = store.find(id).orElseThrow();
            store.finish(
                    id,
                    ImportState.FAILED,
                    mode == ImportMode.ATOMIC ? 0 : job.rowsAccepted(),
                    job.rowsRefused(),
                    RowProblem.of(
                            null, Message.of("import.failed", failure.getClass().getSimpleName(), said)));
        }
    }

    private void runAtomic(UUID id, Caller caller, ImportBinding<?> binding, List<ImportRow> rows) {
        Tally tally = new Tally();
        List<ImportRow> readable = tally.readable(id, rows);
        for (List<ImportRow> chunk : chunks(readable)) {
            attempt(id, caller, binding, ImportMode.ATOMIC, chunk, false, tally);
            store.progress(id, ImportState.RUNNING, tally.processed, 0, tally.refused);
        }
        if (tally.refused > 0) {
            store.finish(id, ImportState.REFUSED, 0, tally.refused, null);
            return;
        }
        try {
            writes.write(caller, binding, ImportMode.ATOMIC, readable, true, config.chunkRows());
            store.finish(id, ImportState.SUCCEEDED, readable.size(), 0, null);
        } catch (ImportWrites.Refused refused) {
            // The data changed since the dry run: nothing of the job was written.
            tally.refuse(id, refused.row, List.of(refused.problem));
            store.finish(id, ImportState.REFUSED, 0, tally.refused, null);
        }
    }

    private void runValidRows(UUID id, Caller caller, ImportBinding<?> binding, List<ImportRow> rows) {
        Tally tally = new Tally();
        List<ImportRow> readable = tally.readable(id, rows);
        for (List<ImportRow> chunk : chunks(readable)) {
            attempt(id, caller, binding, ImportMode.VALID_ROWS, chunk, true, tally);
            store.progress(id, ImportState.RUNNING, tally.processed, tally.accepted, tally.refused);
        }
        store.finish(
                id,
                tally.refused == 0 ? ImportState.SUCCEEDED : ImportState.PARTIALLY_SUCCEEDED,
                tally.accepted,
                tally.refused,
                null);
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
            writes.write(caller, binding, mode, chunk, keep, config.chunkRows());
            tally.accept(chunk.size());
        } catch (ImportWrites.Refused firstRefusal) {
            for (ImportRow row : chunk) {
                try {
                    writes.write(caller, binding, mode, List.of(row), keep, config.chunkRows());
                    tally.accept(1);
                } catch (ImportWrites.Refused refused) {
                    tally.refuse(id, row, List.of(refused.problem));
                }
            }
        }
    }

    private List<List<ImportRow>> chunks(List<ImportRow> rows) {
        List<List<ImportRow>> chunks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += config.chunkRows()) {
            chunks.add(rows.subList(from, Math.min(rows.size(), from + config.chunkRows())));
        }
        return chunks;
    }

    private static String owner(Caller caller) {
        return Objects.requireNonNullElse(caller.subject(), caller.username());
    }

    /** Rows processed so far: accepted (or passed the dry run) and refused. */
    private final class Tally {
        int processed;
        int accepted;
        int refused;

        void accept(int rows) {
            processed += rows;
            accepted += rows;
        }

        /** The rows read as records; the others refused as read. */
        List<ImportRow> readable(UUID id, List<ImportRow> rows) {
            List<ImportRow> readable = new ArrayList<>();
            for (ImportRow row : rows) {
                if (row.isReadable()) {
                    readable.add(row);
                } else {
                    refuse(id, row, row.problems());
                }
            }
            return readable;
        }

        void refuse(UUID id, ImportRow row, List<RowProblem> problems) {
            processed++;
            refused++;
            store.refuse(id, new ImportJobStore.RefusedRow(row.number(), row.values(), problems));
        }
    }
}
