package io.gongjian.evaluation.application;

import io.gongjian.commons.events.EventCodec;
import io.gongjian.commons.events.MalformedEvent;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.domain.DayFigures;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.FactKind;
import io.gongjian.evaluation.domain.MemberCounts;
import io.gongjian.evaluation.domain.RecordFact;
import io.gongjian.evaluation.domain.Scorecard;
import io.gongjian.evaluation.domain.Window;
import io.gongjian.evaluation.domain.weights.WeightScheme;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
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
    FiguresStore figures;

    @Inject
    Scorecards scorecards;

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

    /**
     * A change of an evaluator input: its partnership's scores move with it, from the figures of its business day and
     * of every day that held an input (an amendment may have moved it off one).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T change(
            Supplier<T> change,
            Function<T, UUID> partnershipOf,
            Function<T, LocalDate> businessDateOf,
            Function<T, ChangeCause> causeOf) {
        locks.sharedReadModel();
        T changed = change.get();
        rescore(
                Map.of(
                        partnershipOf.apply(changed),
                        new Moved(causeOf.apply(changed), DayChanges.inputsAnd(businessDateOf.apply(changed)))),
                calendar.today());
        return changed;
    }

    /** What moved a partnership's scores, and which days of its figures it made stale. */
    private record Moved(ChangeCause cause, DayChanges days) {

        Moved and(Moved later) {
            return new Moved(later.cause, days.and(later.days));
        }
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
        Map<UUID, Moved> moved = new HashMap<>();
        List<OffsetDateTime> movingEvents = new ArrayList<>();
        for (String payload : payloads) {
            apply(topic, payload, movingEvents::add).forEach((id, by) -> moved.merge(id, by, Moved::and));
        }
        rescore(moved, calendar.today());
        recomputations.storedAfterCommit(movingEvents);
    }

    /**
     * Moves to {@code today} the window of every partnership whose current scores are of another day, one
     * transaction each: records of the day that left the window stop counting.
     */
    public int moveWindows(LocalDate today) {
        int moved = eachClaimed(
                QuarkusTransaction.requiringNew().call(() -> current.computedOnOtherDay(today)),
                partnershipId -> current.computedOnOtherDay(partnershipId, today),
                new Moved(ChangeCause.WINDOW_SHIFT, DayChanges.NONE),
                today);
        if (moved > 0) {
            LOG.infof("Moved the windows of %d partnerships to %s", moved, today);
        }
        return moved;
    }

    /**
     * A weight scheme was saved: the current scores of the partnerships in its region are recomputed now, in the
     * saving transaction, when it is already in effect (those of a region inside it with a scheme of its own come out
     * as they were). A scheme effective later takes effect with the daily move of the windows, which recomputes every
     * current score. The change feed names the cause a REBUILD: the scores moved with no record or input.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schemeSaved(WeightScheme scheme) {
        LocalDate today = calendar.today();
        if (scheme.effectiveFrom().isAfter(today)) {
            return;
        }
        locks.sharedReadModel();
        List<UUID> inRegion = readModel.partnershipIdsIn(scheme.regionPrefix());
        for (int start = 0; start < inRegion.size(); start += FLUSH_EVERY) {
            Map<UUID, Moved> batch = new HashMap<>();
            inRegion.subList(start, Math.min(inRegion.size(), start + FLUSH_EVERY))
                    .forEach(id -> batch.put(id, new Moved(ChangeCause.REBUILD, DayChanges.NONE)));
            rescore(batch, today);
            readModel.flush();
        }
    }

    /**
     * Folds the figures of every partnership that has records or inputs but no figures, one transaction each: after
     * the upgrade that introduced them, their scores are summed from figures folded from the read model as it is.
     */
    public int foldUnfolded() {
        int folded = eachClaimed(
                QuarkusTransaction.requiringNew().call(figures::unfolded),
                partnershipId -> !figures.folded(partnershipId),
                new Moved(ChangeCause.REBUILD, DayChanges.ALL),
                calendar.today());
        if (folded > 0) {
            LOG.infof("Folded the day figures of %d partnerships", folded);
        }
        return folded;
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
                    figures.clear();
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
                        Map<UUID, Moved> batch = new HashMap<>();
                        partnerships
                                .subList(start, Math.min(partnerships.size(), start + FLUSH_EVERY))
                                .forEach(id -> batch.put(id, new Moved(ChangeCause.REBUILD, DayChanges.ALL)));
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
     * Applies one event with its inbox entry; answers the partnerships it moves, each with the event as cause and the
     * days it made stale, and tells its time if it moves any.
     */
    private Map<UUID, Moved> apply(String topic, String payload, Consumer<OffsetDateTime> moving) {
        return switch (topic) {
            case Topics.PARTNERSHIP -> apply(
                    payload, PartnershipEvent.class, e -> e.accept(ReadModelChanges.OF), moving);
            case Topics.ACTIVITY -> apply(payload, ActivityEvent.class, e -> e.accept(ReadModelChanges.OF), moving);
            default -> throw new IllegalArgumentException("not a topic this context reads: " + topic);
        };
    }

    private <E extends Event> Map<UUID, Moved> apply(
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
        Map<UUID, Moved> moved = new HashMap<>();
        change.applyTo(readModel).forEach((id, days) -> moved.put(id, new Moved(cause, days)));
        if (!moved.isEmpty() && received.envelope().time() != null) {
            moving.accept(received.envelope().time());
        }
        return moved;
    }

    /**
     * Rescores each partnership of {@code candidates} that is {@code stillToDo}, one transaction each, and answers how
     * many. Every instance runs these chores: a partnership another transaction holds (another instance at it, or an
     * event being applied, which brings it up to date itself) is skipped, and one done meanwhile is no longer to do,
     * so each is done once.
     */
    private int eachClaimed(List<UUID> candidates, Predicate<UUID> stillToDo, Moved moved, LocalDate today) {
        int done = 0;
        for (UUID partnershipId : candidates) {
            boolean claimed = QuarkusTransaction.requiringNew().call(() -> {
                locks.sharedReadModel();
                if (!locks.tryPartnership(partnershipId) || !stillToDo.test(partnershipId)) {
                    return false;
                }
                rescore(Map.of(partnershipId, moved), today);
                return true;
            });
            done += claimed ? 1 : 0;
        }
        return done;
    }

    /**
     * Folds again the stale days of these partnerships' figures, recomputes their current scores as of {@code today},
     * and enters in the change feed those whose scores or status moved, with what moved them.
     */
    private void rescore(Map<UUID, Moved> moved, LocalDate today) {
        if (moved.isEmpty()) {
            return;
        }
        recomputations.timed(moved.size(), () -> {
            // Sorted, so that two transactions lock the partnerships they share in the same order.
            SortedSet<UUID> sorted = new TreeSet<>(moved.keySet());
            sorted.forEach(locks::partnership);
            List<EvaluatedPartnership> partnerships = readModel.partnerships(sorted);
            for (EvaluatedPartnership partnership : partnerships) {
                fold(partnership, moved.get(partnership.id()).days());
            }
            Window window = new Window(today, Window.DEFAULT_DAYS);
            Map<UUID, Scorecard> cards = scorecards.of(partnerships, window);
            for (EvaluatedPartnership partnership : partnerships) {
                Scorecard card = cards.get(partnership.id());
                current.save(partnership, card, ScoreReport.of(partnership.id(), card));
                feed.recordIfChanged(
                        partnership, card, moved.get(partnership.id()).cause());
            }
        });
    }

    /**
     * Brings a partnership's day figures up to date with a change: folds again the days it made stale (all of them if
     * the partnership was never folded whole), then moves the days of changed activities and exchanges in place.
     */
    private void fold(EvaluatedPartnership partnership, DayChanges changes) {
        if (changes.isNone()) {
            return;
        }
        UUID id = partnership.id();
        if (changes.all() || !figures.folded(id)) {
            figures.replace(id, null, DayFigures.fold(facts.ofDays(partnership, null)));
            return;
        }
        Set<LocalDate> stale = new HashSet<>(changes.dates());
        if (changes.inputDays()) {
            stale.addAll(figures.inputDays(id));
        }
        if (changes.amongFolded() != null) {
            figures.days(id).stream().filter(changes.amongFolded()).forEach(stale::add);
        }
        if (!stale.isEmpty()) {
            figures.replace(id, stale, DayFigures.fold(facts.ofDays(partnership, stale)));
        }
        moveInPlace(partnership, changes.records(), stale);
    }

    /**
     * Moves the old and new day of each changed activity or exchange by what it contributes, in the order they
     * changed, except the days just folded again (they already count its latest version).
     */
    private void moveInPlace(
            EvaluatedPartnership partnership, List<DayChanges.RecordChange> changes, Set<LocalDate> folded) {
        Set<LocalDate> touched = new HashSet<>();
        for (DayChanges.RecordChange change : changes) {
            for (RecordFact record : new RecordFact[] {change.before(), change.after()}) {
                if (counts(record) && !folded.contains(record.businessDate())) {
                    touched.add(record.businessDate());
                }
            }
        }
        if (touched.isEmpty()) {
            return;
        }
        NavigableMap<LocalDate, DayFigures> days = figures.withRecords(partnership.id(), touched);
        MemberCounts university =
                readModel.memberCounts(partnership.universityOrganizationId()).orElse(MemberCounts.none());
        MemberCounts enterprise =
                readModel.memberCounts(partnership.enterpriseOrganizationId()).orElse(MemberCounts.none());
        for (DayChanges.RecordChange change : changes) {
            move(days, touched, change.before(), -1, university, enterprise);
            move(days, touched, change.after(), 1, university, enterprise);
        }
        figures.replace(partnership.id(), touched, days);
    }

    private static void move(
            NavigableMap<LocalDate, DayFigures> days,
            Set<LocalDate> touched,
            RecordFact record,
            int sign,
            MemberCounts university,
            MemberCounts enterprise) {
        if (!counts(record) || !touched.contains(record.businessDate())) {
            return;
        }
        DayFigures day = days.getOrDefault(record.businessDate(), DayFigures.NONE);
        days.put(
                record.businessDate(),
                record.kind() == FactKind.ACTIVITY
                        ? day.withActivity(record.asActivity(), university, enterprise, sign)
                        : day.withExchange(record.asExchange(), sign));
    }

    private static boolean counts(RecordFact record) {
        return record != null && !record.revoked();
    }
}
