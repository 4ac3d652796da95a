package io.gongjian.evaluation.application;

import io.gongjian.commons.domain.NotFound;
import io.gongjian.commons.transactions.AfterCommit;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Rebuilds of the read model from the beginning of both topics, built beside the live model in bounded steps (one
 * transaction each) while readers and live consumers go on with the live one:
 * <ol>
 *   <li>replay every event up to the topics' ends when it started, without scoring;
 *   <li>fold every partnership's figures and score it;
 *   <li>catch up with the events written meanwhile, scoring as live consumers do;
 *   <li>switch: live consumers wait while the last events are applied, the partnerships whose scores differ from the
 *       live ones (or whose inputs or schemes changed meanwhile) are entered in the change feed, and the built model
 *       replaces the live one, all in one transaction.
 * </ol>
 * After each step the rebuild stores where it got and beats; one whose instance stopped beating for
 * {@code rebuild-abandoned-after} is resumed by whichever instance is asked for a rebuild or looks for abandoned ones.
 */
@ApplicationScoped
public class ReadModelRebuilds {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuilds.class);

    /** Inputs and schemes are stamped by the application's clock, the rebuild's start by this one's: some slack. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    @Inject
    RebuildStore store;

    @Inject
    RebuildArea area;

    @Inject
    EventReplay replay;

    @Inject
    ScoreUpdates updates;

    @Inject
    ReadModel readModel;

    @Inject
    Locks locks;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Events per replay step, and partnerships per scoring step. */
    @ConfigProperty(name = "gongjian.evaluation.rebuild-batch", defaultValue = "5000")
    int batch;

    @ConfigProperty(name = "gongjian.evaluation.rebuild-abandoned-after", defaultValue = "PT2M")
    Duration abandonedAfter;

    /** How long one step's transaction may take (the switch is the longest). */
    @ConfigProperty(name = "gongjian.evaluation.rebuild-timeout", defaultValue = "PT10M")
    Duration stepTimeout;

    /** This instance of the service, the owner of the rebuild it runs (a new one each start). */
    private final String instance = UUID.randomUUID().toString();

    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Starts a rebuild, or answers the one under way: one whose instance stopped beating is resumed here from where it
     * got. Runs once this transaction commits.
     */
    @Transactional
    public ReadModelRebuild start() {
        OffsetDateTime now = OffsetDateTime.now();
        Optional<ReadModelRebuild> running = store.running();
        if (running.isPresent()) {
            return running.filter(rebuild -> !abandoned(rebuild, now))
                    .orElseGet(() -> runHere(running.get().takenOverBy(instance, now)));
        }
        ReadModelRebuild started = ReadModelRebuild.started(instance, now);
        if (!store.add(started)) {
            // Another request started one just now.
            return store.running().orElseThrow();
        }
        return runHere(started);
    }

    /** Resumes the rebuild under way if its instance stopped beating; checked now and then by every instance. */
    @Transactional
    public Optional<ReadModelRebuild> resumeAbandoned() {
        OffsetDateTime now = OffsetDateTime.now();
        return store.running().filter(rebuild -> abandoned(rebuild, now)).map(rebuild -> {
            LOG.warnf("Resuming rebuild %s, left %s by its instance", rebuild.id(), rebuild.phase());
            return runHere(rebuild.takenOverBy(instance, now));
        });
    }

    /** As stored now: a transaction of its own, so that a caller waiting for it to end never reads a cached one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ReadModelRebuild get(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFound("read-model rebuild", id));
    }

    private boolean abandoned(ReadModelRebuild rebuild, OffsetDateTime now) {
        return !rebuild.owner().equals(instance) && rebuild.heartbeatAt().isBefore(now.minus(abandonedAfter));
    }

    private ReadModelRebuild runHere(ReadModelRebuild rebuild) {
        store.save(rebuild);
        AfterCommit.run(transactions, () -> worker.submit(() -> run(rebuild.id())));
        return rebuild;
    }

    /** Runs the rebuild's steps until it ends or another instance took it over; a failure ends it FAILED. */
    @ActivateRequestContext
    void run(UUID id) {
        try (EventReplay.Reader reader = replay.open()) {
            while (step(id, instance, reader)) {
                // each step is a transaction of its own
            }
        } catch (RuntimeException failure) {
            if (worker.isShutdown()) {
                LOG.infof("Rebuild %s stopped with this instance; another one resumes it", id);
                return;
            }
            LOG.errorf(failure, "Rebuild %s failed; the live read model is as it was", id);
            QuarkusTransaction.requiringNew().run(() -> store.running()
                    .filter(rebuild ->
                            rebuild.id().equals(id) && rebuild.owner().equals(instance))
                    .ifPresent(rebuild -> {
                        area.discard();
                        store.save(rebuild.finished(
                                RebuildPhase.FAILED,
                                OffsetDateTime.now(),
                                failure.getClass().getSimpleName() + ": " + failure.getMessage()));
                    }));
        }
    }

    /** One step in a transaction of its own; false when the rebuild ended or is not {@code owner}'s any more. */
    boolean step(UUID id, String owner, EventReplay.Reader reader) {
        return QuarkusTransaction.requiringNew()
                .timeout((int) stepTimeout.toSeconds())
                .call(() -> {
                    ReadModelRebuild rebuild = store.running()
                            .filter(running ->
                                    running.id().equals(id) && running.owner().equals(owner))
                            .orElse(null);
                    if (rebuild == null) {
                        return false;
                    }
                    ReadModelRebuild after = stepOf(rebuild, reader).beat(OffsetDateTime.now());
                    store.save(after);
                    if (after.phase() == RebuildPhase.SWITCHED) {
                        LOG.infof(
                                "Read model rebuilt: %d events read, %d applied, %d partnerships scored",
                                after.eventsRead(), after.eventsApplied(), after.partnershipsScored());
                    }
                    return !after.phase().finished();
                });
    }

    private ReadModelRebuild stepOf(ReadModelRebuild rebuild, EventReplay.Reader reader) {
        if (rebuild.phase() == RebuildPhase.PREPARING) {
            area.prepare();
            Map<String, Long> targets = reader.ends();
            return rebuild.prepared(area.schemaVersion(), targets, reader.count(targets));
        }
        if (!area.schemaVersion().equals(rebuild.schemaVersion())) {
            LOG.warnf("Rebuild %s restarts: the database was migrated since it began", rebuild.id());
            return rebuild.restarted();
        }
        if (rebuild.phase() == RebuildPhase.SWITCHING) {
            // Before anything else: a live transaction waiting for a partnership this one locked would never end.
            locks.exclusiveReadModel();
        }
        area.enter();
        return switch (rebuild.phase()) {
            case REPLAYING -> {
                EventReplay.Step step = reader.next(rebuild.positions(), rebuild.targets(), batch);
                ScoreUpdates.Replayed counts = updates.replay(step.events(), false);
                yield rebuild.replayed(
                        step.events().size(),
                        counts,
                        step.reached(),
                        step.done() ? RebuildPhase.SCORING : RebuildPhase.REPLAYING);
            }
            case SCORING -> {
                List<UUID> ids = readModel.partnershipIdsAfter(rebuild.scoredThrough(), batch);
                Map<UUID, DayChanges> whole = new HashMap<>();
                ids.forEach(partnership -> whole.put(partnership, DayChanges.ALL));
                updates.rescoreAll(whole, false);
                yield rebuild.scored(
                        ids.size(),
                        ids.isEmpty() ? null : ids.get(ids.size() - 1),
                        ids.size() < batch ? RebuildPhase.CATCHING_UP : RebuildPhase.SCORING);
            }
            case CATCHING_UP -> {
                EventReplay.Step step = reader.next(rebuild.positions(), reader.ends(), batch);
                ScoreUpdates.Replayed counts = updates.replay(step.events(), true);
                // Few events left: the switch applies them while live consumers wait.
                yield rebuild.replayed(
                        step.events().size(),
                        counts,
                        step.reached(),
                        step.events().size() < batch ? RebuildPhase.SWITCHING : RebuildPhase.CATCHING_UP);
            }
            case SWITCHING -> switchOver(rebuild, reader);
            default -> throw new IllegalStateException("rebuild " + rebuild.id() + " is " + rebuild.phase());
        };
    }

    private ReadModelRebuild switchOver(ReadModelRebuild rebuild, EventReplay.Reader reader) {
        Map<String, Long> ends = reader.ends();
        ReadModelRebuild caughtUp = rebuild;
        for (EventReplay.Step step = reader.next(caughtUp.positions(), ends, batch);
                !step.done();
                step = reader.next(caughtUp.positions(), ends, batch)) {
            caughtUp = caughtUp.replayed(
                    step.events().size(), updates.replay(step.events(), true), step.reached(), RebuildPhase.SWITCHING);
        }
        Map<UUID, DayChanges> changed = new HashMap<>();
        area.scoresDifferingFromLive().forEach(id -> changed.put(id, DayChanges.NONE));
        // Shared with the live model: an input recorded meanwhile moved only the live figures.
        area.changedBesideSince(rebuild.startedAt().minus(CLOCK_SLACK)).forEach(id -> changed.put(id, DayChanges.ALL));
        updates.rescoreAll(changed, true);
        area.switchOver();
        return caughtUp.finished(RebuildPhase.SWITCHED, OffsetDateTime.now(), null);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
