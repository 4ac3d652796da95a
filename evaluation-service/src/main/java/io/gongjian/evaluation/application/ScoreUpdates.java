package io.gongjian.evaluation.application;

import io.gongjian.commons.events.EventCodec;
import io.gongjian.commons.events.MalformedEvent;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.Facts;
import io.gongjian.evaluation.domain.Scorecard;
import io.gongjian.evaluation.domain.Window;
import io.gongjian.events.ActivityEvent;
import io.gongjian.events.Event;
import io.gongjian.events.PartnershipEvent;
import io.gongjian.events.Topics;
import io.gongjian.inbox.Inbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one way the read model and the current scores change, whatever moves them: the other contexts' events, an
 * evaluator input, a rebuild, the date. Each change takes the read-model lock (shared; a rebuild's exclusive),
 * applies, and recomputes in the same transaction the current scores of the partnerships it moved: once committed,
 * no stored score is stale (ADR 5).
 */
@ApplicationScoped
public class ScoreUpdates {

    private static final Logger LOG = Logger.getLogger(ScoreUpdates.class);
    /** Keeps the persistence context small while a rebuild applies thousands of events. */
    private static final int FLUSH_EVERY = 500;

    @Inject
    EventCodec codec;

    @Inject
    Inbox inbox;

    @Inject
    ReadModel readModel;

    @Inject
    CurrentScores current;

    @Inject
    FactSource facts;

    @Inject
    Locks locks;

    @Inject
    EventReplay replay;

    @Inject
    BusinessCalendar calendar;

    @Inject
    ChangeFeed feed;

    @Inject
    Recomputations recomputations;

    @ConfigProperty(name = "gongjian.evaluation.rebuild-timeout", defaultValue = "PT1H")
    Duration rebuildTimeout;

    /** A change of this context's own data, e.g. an evaluator input: its partnership's scores move with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T change(Supplier<T> change, Function<T, UUID> partnershipOf, Function<T, ChangeCause> causeOf) {
        locks.sharedReadModel();
        T changed = change.get();
        rescore(Map.of(partnershipOf.apply(changed), causeOf.apply(changed)), calendar.today());
        return changed;
    }

    /**
     * The events of one poll of {@code topic}, with their inbox entries; each partnership they move is rescored once
     * per poll, not once per event.
     *
     * @throws MalformedEvent when one of them can never be applied (its consumer then applies them one by one)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyEvents(String topic, List<String> payloads) {
        locks.sharedReadModel();
        Map<UUID, ChangeCause> moved = new HashMap<>();
        List<OffsetDateTime> movingEvents = new ArrayList<>();
        for (String payload : payloads) {
            moved.putAll(apply(topic, payload, movingEvents::add));
        }
        rescore(moved, calendar.today());
        recomputations.storedAfterCommit(movingEvents);
    }

    /**
     * Moves to {@code today} the window of every partnership whose current scores are of another day, one
     * transaction each: records of the day that left the window stop counting.
     */
    public int moveWindows(LocalDate today) {
        List<UUID> stale = current.computedOnOtherDay(today);
        for (UUID partnershipId : stale) {
            QuarkusTransaction.requiringNew().run(() -> {
                locks.sharedReadModel();
                rescore(Map.of(partnershipId, ChangeCause.WINDOW_SHIFT), today);
            });
        }
        if (!stale.isEmpty()) {
            LOG.infof("Moved the windows of %d partnerships to %s", stale.size(), today);
        }
        return stale.size();
    }

    /**
     * Replays both topics from their beginning into a fresh read model and rescores every partnership, in one
     * transaction: readers keep the old scores until it commits, and live consumers wait (read-model lock), then go
     * on, their events either part of the replay (skipped by the inbox) or applied after it. Evaluator inputs stay.
     */
    public RebuildReport rebuild() {
        long started = System.nanoTime();
        return QuarkusTransaction.requiringNew()
                .timeout((int) rebuildTimeout.toSeconds())
                .call(() -> {
                    locks.exclusiveReadModel();
                    readModel.clear();
                    current.clear();
                    long[] counts = new long[3]; // read, applied, malformed
                    replay.replay((topic, payload) -> {
                        counts[0]++;
                        try {
                            if (!apply(topic, payload, time -> {}).isEmpty()) {
                                counts[1]++;
                            }
                        } catch (MalformedEvent malformed) {
                            counts[2]++;
                        }
                        if (counts[0] % FLUSH_EVERY == 0) {
                            readModel.flush();
                        }
                    });
                    readModel.flush();
                    List<UUID> partnerships = readModel.allPartnershipIds();
                    for (int start = 0; start < partnerships.size(); start += FLUSH_EVERY) {
                        Map<UUID, ChangeCause> batch = new HashMap<>();
                        partnerships
                                .subList(start, Math.min(partnerships.size(), start + FLUSH_EVERY))
                                .forEach(id -> batch.put(id, ChangeCause.REBUILD));
                        rescore(batch, calendar.today());
                        readModel.flush();
                    }
                    RebuildReport report = new RebuildReport(
                            counts[0],
                            counts[1],
                            counts[2],
                            partnerships.size(),
                            (System.nanoTime() - started) / 1_000_000);
                    LOG.infof("Read model rebuilt: %s", report);
                    return report;
                });
    }

    /**
     * Applies one event with its inbox entry; answers the partnerships it moves, each with the event as cause, and
     * tells its time if it moves any.
     */
    private Map<UUID, ChangeCause> apply(String topic, String payload, Consumer<OffsetDateTime> moving) {
        return switch (topic) {
            case Topics.PARTNERSHIP -> apply(
                    payload, PartnershipEvent.class, e -> e.accept(ReadModelChanges.OF), moving);
            case Topics.ACTIVITY -> apply(payload, ActivityEvent.class, e -> e.accept(ReadModelChanges.OF), moving);
            default -> throw new IllegalArgumentException("not a topic this context reads: " + topic);
        };
    }

    private <E extends Event> Map<UUID, ChangeCause> apply(
            String payload,
            Class<E> contract,
            Function<E, ReadModelChanges.Change> translation,
            Consumer<OffsetDateTime> moving) {
        EventCodec.Received<E> received = codec.decode(payload, contract);
        ReadModelChanges.Change change;
        try {
            change = translation.apply(received.event());
        } catch (NullPointerException | IllegalArgumentException e) {
            var envelope = received.envelope();
            throw new MalformedEvent(
                    "event " + envelope.id() + " of type " + envelope.type() + " lacks a required field");
        }
        if (!inbox.firstDelivery(received.envelope())) {
            return Map.of();
        }
        ChangeCause cause = ChangeCause.event(received.event());
        Map<UUID, ChangeCause> moved = new HashMap<>();
        change.applyTo(readModel).forEach(id -> moved.put(id, cause));
        if (!moved.isEmpty() && received.envelope().time() != null) {
            moving.accept(received.envelope().time());
        }
        return moved;
    }

    /**
     * Recomputes the current scores of these partnerships as of {@code today}, and enters in the change feed those
     * whose scores or status moved, with what moved them.
     */
    private void rescore(Map<UUID, ChangeCause> causes, LocalDate today) {
        if (causes.isEmpty()) {
            return;
        }
        recomputations.timed(causes.size(), () -> {
            // Sorted, so that two transactions lock the partnerships they share in the same order.
            SortedSet<UUID> sorted = new TreeSet<>(causes.keySet());
            sorted.forEach(locks::partnership);
            List<EvaluatedPartnership> partnerships = readModel.partnerships(sorted);
            Window window = new Window(today, Window.DEFAULT_DAYS);
            Map<UUID, Facts> all = facts.load(partnerships, window.firstDay(), window.asOf());
            for (EvaluatedPartnership partnership : partnerships) {
                Scorecard card = Scorecard.compute(window, all.get(partnership.id()));
                current.save(partnership, card, ScoreReport.of(partnership.id(), card));
                feed.recordIfChanged(partnership, card, causes.get(partnership.id()));
            }
        });
    }
}
