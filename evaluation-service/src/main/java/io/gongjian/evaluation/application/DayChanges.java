package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.RecordFact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a change does to a partnership's day figures. Days to fold again from their records: named dates, every day
 * that has figures and passes a test (a member-count change moves the days whose effective count it changed), the
 * days that hold evaluator inputs (an amended input may have left its old date), or all of them. And activities or
 * exchanges that changed, in the order they did: each moves its old and new day by exactly what it contributes, so
 * those days are updated in place, not folded again.
 */
record DayChanges(
        boolean all,
        Set<LocalDate> dates,
        Predicate<LocalDate> amongFolded,
        boolean inputDays,
        List<RecordChange> records) {

    /** A record as it was stored ({@code null} when new) and as it is now. */
    record RecordChange(RecordFact before, RecordFact after) {}

    static final DayChanges NONE = new DayChanges(false, Set.of(), null, false, List.of());
    static final DayChanges ALL = new DayChanges(true, Set.of(), null, false, List.of());

    static DayChanges of(Collection<LocalDate> dates) {
        return new DayChanges(false, Set.copyOf(dates), null, false, List.of());
    }

    static DayChanges amongFolded(Predicate<LocalDate> stale) {
        return new DayChanges(false, Set.of(), stale, false, List.of());
    }

    /** {@code date} and every day that holds an evaluator input. */
    static DayChanges inputsAnd(LocalDate date) {
        return new DayChanges(false, Set.of(date), null, true, List.of());
    }

    static DayChanges record(RecordFact before, RecordFact after) {
        return new DayChanges(false, Set.of(), null, false, List.of(new RecordChange(before, after)));
    }

    boolean isNone() {
        return !all && dates.isEmpty() && amongFolded == null && !inputDays && records.isEmpty();
    }

    /** Both, this one first. */
    DayChanges and(DayChanges later) {
        if (all || later.all) {
            return ALL;
        }
        Set<LocalDate> union = new HashSet<>(dates);
        union.addAll(later.dates);
        Predicate<LocalDate> either = amongFolded == null
                ? later.amongFolded
                : later.amongFolded == null ? amongFolded : amongFolded.or(later.amongFolded);
        List<RecordChange> both = new ArrayList<>(records);
        both.addAll(later.records);
        return new DayChanges(false, Set.copyOf(union), either, inputDays || later.inputDays, List.copyOf(both));
    }
}
