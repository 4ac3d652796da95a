package io.gongjian.evaluation.application;

import io.gongjian.commons.events.CloudEvent;
import io.gongjian.commons.events.EventCodec;
import io.gongjian.commons.events.MalformedEvent;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.domain.DayFigures;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.FactKind;
import io.gongjian.evaluation.domain.Facts;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
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
    /** Partnerships whose facts are held at once to fold them whole: a province's have thousands of records each. */
    private static final int FOLD_WHOLE_AT_ONCE = 50;

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
    BusinessCalendar calendar;

    @Inject
    ChangeFeed feed;

    @Inject
    Recomputations recomputations;

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
                calendar.today(),
                true);
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
        List<Translated> events = new ArrayList<>();
        payloads.forEach(payload -> events.add(translate(topic, payload)));
        List<OffsetDateTime> movingEvents = new ArrayList<>();
        rescore(apply(events, true, movingEvents::add).moved(), calendar.today(), true);
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
        Map<UUID, DayChanges> inRegion = new HashMap<>();
        readModel.partnershipIdsIn(scheme.regionPrefix()).forEach(id -> inRegion.put(id, DayChanges.NONE));
        rescoreAll(inRegion, true);
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

    /** What applying replayed events did: how many changed the read model, how many could not be read. */
    record Replayed(long applied, long malformed) {}

    /**
     * A rebuild's step, in the model being built: applies replayed events with their inbox entries, an unreadable one
     * counted and skipped (it was dead-lettered when first consumed). With {@code rescore}, the partnerships they move
     * are rescored as live consumers do, out of the change feed: the switch enters what the rebuild changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Replayed replay(List<EventReplay.Event> replayed, boolean rescore) {
        List<Translated> events = new ArrayList<>();
        long malformed = 0;
        for (EventReplay.Event event : replayed) {
            try {
                events.add(translate(event.topic(), event.payload()));
            } catch (MalformedEvent unreadable) {
                malformed++;
            }
        }
        Applied applied = apply(events, rescore, time -> {});
        if (rescore) {
            rescore(applied.moved(), calendar.today(), false);
        }
        readModel.flush();
        return new Replayed(applied.changedReadModel(), malformed);
    }

    /**
     * Rescores these partnerships as a rebuild, {@code FLUSH_EVERY} at a time: their figures folded again on the days
     * given, entered in the change feed when {@code inFeed} and their scores moved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void rescoreAll(Map<UUID, DayChanges> partnerships, boolean inFeed) {
        for (List<UUID> ids : Batches.of(partnerships.keySet(), FLUSH_EVERY)) {
            Map<UUID, Moved> batch = new HashMap<>();
            ids.forEach(id -> batch.put(id, new Moved(ChangeCause.REBUILD, partnerships.get(id))));
            rescore(batch, calendar.today(), inFeed);
            readModel.flush();
        }
    }

    /** An event read and translated into its change of the read model, not applied yet. */
    private record Translated(CloudEvent envelope, ChangeCause cause, ReadModelChanges.Change change) {}

    /** What applying events did: the partnerships they moved, and how many of them changed the read model. */
    private record Applied(Map<UUID, Moved> moved, long changedReadModel) {}

    /**
     * Reads an event of {@code topic}.
     *
     * @throws MalformedEvent when it can never be applied
     */
    private Translated translate(String topic, String payload) {
        return switch (topic) {
            case Topics.PARTNERSHIP -> translate(payload, PartnershipEvent.class, e -> e.accept(ReadModelChanges.OF));
            case Topics.ACTIVITY -> translate(payload, ActivityEvent.class, e -> e.accept(ReadModelChanges.OF));
            default -> throw new IllegalArgumentException("not a topic this context reads: " + topic);
        };
    }

    private <E extends Event> Translated translate(
            String payload, Class<E> contract, Function<E, ReadModelChanges.Change> translation) {
        EventCodec.Received<E> received = codec.decode(payload, contract);
        try {
            return new Translated(
                    received.envelope(), ChangeCause.event(received.event()), translation.apply(received.event()));
        } catch (NullPointerException | IllegalArgumentException e) {
            var envelope = received.envelope();
            throw new MalformedEvent(
                    "event " + envelope.id() + " of type " + envelope.type() + " lacks a required field");
        }
    }

    /**
     * Applies the events seen for the first time, their inbox entries in one statement; answers the partnerships they
     * move, each with its last event as cause and the days they made stale, and tells the time of each that moves any.
     * Without {@code staleDays} (every partnership is folded whole afterwards) it answers how many changed the read
     * model and no partnership: working out the stale days queries for most records.
     */
    private Applied apply(List<Translated> events, boolean staleDays, Consumer<OffsetDateTime> moving) {
        Map<CloudEvent, Translated> byEnvelope = new IdentityHashMap<>();
        events.forEach(event -> byEnvelope.put(event.envelope(), event));
        Map<UUID, Moved> moved = new HashMap<>();
        long changed = 0;
        List<Translated> firsts = inbox
                .firstDeliveries(events.stream().map(Translated::envelope).toList())
                .stream()
                .map(byEnvelope::get)
                .toList();
        for (List<Translated> batch : Batches.of(firsts, FLUSH_EVERY)) {
            readModel.prefetchRecords(batch.stream()
                    .map(event -> event.change().recordId())
                    .filter(Objects::nonNull)
                    .toList());
            for (Translated event : batch) {
                if (!staleDays) {
                    changed += event.change().applyOnly(readModel) ? 1 : 0;
                    continue;
                }
                Map<UUID, DayChanges> days = event.change().applyTo(readModel);
                days.forEach((id, stale) -> moved.merge(id, new Moved(event.cause(), stale), Moved::and));
                if (!days.isEmpty()) {
                    changed++;
                    if (event.envelope().time() != null) {
                        moving.accept(event.envelope().time());
                    }
                }
            }
            if (batch.size() == FLUSH_EVERY) {
                readModel.flush();
            }
        }
        return new Applied(moved, changed);
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
                rescore(Map.of(partnershipId, moved), today, true);
                return true;
            });
            done += claimed ? 1 : 0;
        }
        return done;
    }

    /**
     * Folds again the stale days of these partnerships' figures, recomputes their current scores as of {@code today},
     * and enters in the change feed, when {@code inFeed}, those whose scores or status moved, with what moved them.
     */
    private void rescore(Map<UUID, Moved> moved, LocalDate today, boolean inFeed) {
        if (moved.isEmpty()) {
            return;
        }
        recomputations.timed(moved.size(), () -> {
            // Sorted, so that two transactions lock the partnerships they share in the same order.
            SortedSet<UUID> sorted = new TreeSet<>(moved.keySet());
            sorted.forEach(locks::partnership);
            List<EvaluatedPartnership> partnerships = readModel.partnerships(sorted);
            foldWhole(partnerships.stream()
                    .filter(partnership -> moved.get(partnership.id()).days().all())
                    .toList());
            for (EvaluatedPartnership partnership : partnerships) {
                DayChanges days = moved.get(partnership.id()).days();
                if (!days.all()) {
                    fold(partnership, days);
                }
            }
            Window window = new Window(today, Window.DEFAULT_DAYS);
            Map<UUID, Scorecard> cards = scorecards.of(partnerships, window);
            for (EvaluatedPartnership partnership : partnerships) {
                Scorecard card = cards.get(partnership.id());
                current.save(partnership, card, ScoreReport.of(partnership.id(), card));
                if (inFeed) {
                    feed.recordIfChanged(
                            partnership, card, moved.get(partnership.id()).cause());
                }
            }
        });
    }

    /**
     * Folds these partnerships' figures whole, their facts read {@code FOLD_WHOLE_AT_ONCE} partnerships at a time, one
     * query per table rather than three per partnership: a rebuild folds every partnership whole.
     */
    private void foldWhole(List<EvaluatedPartnership> partnerships) {
        for (List<EvaluatedPartnership> batch : Batches.of(partnerships, FOLD_WHOLE_AT_ONCE)) {
            Map<UUID, Facts> whole = facts.whole(batch);
            batch.forEach(partnership ->
                    figures.replace(partnership.id(), null, DayFigures.fold(whole.get(partnership.id()))));
        }
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
        NavigableMap<LocalDate, DayFigures> days = figures.of(partnership.id(), touched);
        MemberCounts university =
                readModel.memberCounts(partnership.universityOrganizationId()).orElse(MemberCounts.none());
        MemberCounts enterprise =
                readModel.memberCounts(partnership.enterpriseOrganizationId()).orElse(MemberCounts.none());
        List<FiguresStore.Listing> listings = new ArrayList<>();
        for (DayChanges.RecordChange change : changes) {
            move(days, touched, change.before(), -1, university, enterprise, listings);
            move(days, touched, change.after(), 1, university, enterprise, listings);
        }
        figures.move(partnership.id(), days, listings);
    }

    /**
     * Moves a record's day by what it contributes, and lists it in or out of the indicators it counts for there: those
     * that a day of it alone lists it behind.
     */
    private static void move(
            NavigableMap<LocalDate, DayFigures> days,
            Set<LocalDate> touched,
            RecordFact record,
            int sign,
            MemberCounts university,
            MemberCounts enterprise,
            List<FiguresStore.Listing> listings) {
        if (!counts(record) || !touched.contains(record.businessDate())) {
            return;
        }
        LocalDate date = record.businessDate();
        DayFigures day = days.getOrDefault(date, DayFigures.NONE);
        DayFigures alone = record.kind() == FactKind.ACTIVITY
                ? DayFigures.NONE.withActivity(record.asActivity(), university, enterprise, 1)
                : DayFigures.NONE.withExchange(record.asExchange(), 1);
        days.put(
                date,
                record.kind() == FactKind.ACTIVITY
                        ? day.withActivity(record.asActivity(), university, enterprise, sign)
                        : day.withExchange(record.asExchange(), sign));
        alone.records()
                .forEach((indicator, listed) ->
                        listed.forEach(ref -> listings.add(new FiguresStore.Listing(date, indicator, ref, sign))));
    }

    private static boolean counts(RecordFact record) {
        return record != null && !record.revoked();
    }
}
