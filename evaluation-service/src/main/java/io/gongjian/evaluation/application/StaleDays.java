package io.gongjian.evaluation.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The days of a partnership whose figures a change made stale, to be folded again from their records: named dates,
 * every day that has figures and passes a test (a member-count change moves the days whose effective count it
 * changed), the days that hold evaluator inputs (an amended input may have left its old date), or all of them.
 */
record StaleDays(boolean all, Set<LocalDate> dates, Predicate<LocalDate> amongFolded, boolean inputDays) {

    static final StaleDays NONE = new StaleDays(false, Set.of(), null, false);
    static final StaleDays ALL = new StaleDays(true, Set.of(), null, false);

    static StaleDays of(Collection<LocalDate> dates) {
        return new StaleDays(false, Set.copyOf(dates), null, false);
    }

    static StaleDays amongFolded(Predicate<LocalDate> stale) {
        return new StaleDays(false, Set.of(), stale, false);
    }

    /** {@code date} and every day that holds an evaluator input. */
    static StaleDays inputsAnd(LocalDate date) {
        return new StaleDays(false, Set.of(date), null, true);
    }

    boolean isNone() {
        return !all && dates.isEmpty() && amongFolded == null && !inputDays;
    }

    StaleDays and(StaleDays other) {
        if (all || other.all) {
            return ALL;
        }
        Set<LocalDate> union = new HashSet<>(dates);
        union.addAll(other.dates);
        Predicate<LocalDate> either = amongFolded == null
                ? other.amongFolded
                : other.amongFolded == null ? amongFolded : amongFolded.or(other.amongFolded);
        return new StaleDays(false, Set.copyOf(union), either, inputDays || other.inputDays);
    }
}
