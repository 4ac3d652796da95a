package io.gongjian.evaluation.domain.warnings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.evaluation.domain.Grade;
import io.gongjian.evaluation.domain.RectificationDetails;
import io.gongjian.evaluation.domain.Scorecard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Each warning at its boundaries: the day before it holds, the first day it holds, the day it ends. */
class WarningCheckTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2024, 1, 1);
    private static final Function<LocalDate, Scorecard.Standing> STEADY = day -> standing("80", "1");

    @Test
    void dormantFromTheNinetiethDayAfterTheLastActivity() {
        LocalDate last = LocalDate.of(2026, 1, 10);
        NavigableSet<LocalDate> days = new TreeSet<>(List.of(LocalDate.of(2025, 12, 1), last));
        assertEquals(List.of(), kinds(check(last.plusDays(89), LONG_AGO, days).holding()));
        Warning dormant = check(last.plusDays(90), LONG_AGO, days).holding().get(0);
        assertEquals(WarningKind.DORMANT, dormant.kind());
        assertEquals(LocalDate.of(2026, 4, 10), dormant.startedOn());
        assertEquals(last, dormant.details().get("lastActivityOn"));
        // Months later it still started then.
        assertEquals(
                LocalDate.of(2026, 4, 10),
                check(LocalDate.of(2026, 11, 30), LONG_AGO, days)
                        .holding()
                        .get(0)
                        .startedOn());
    }

    @Test
    void dormantFromTheEightyNinthDayOfTheTermWithoutAnyActivity() {
        LocalDate termStart = LocalDate.of(2026, 3, 1);
        NavigableSet<LocalDate> none = new TreeSet<>();
        assertEquals(List.of(), check(termStart.plusDays(88), termStart, none).holding());
        Warning dormant =
                check(termStart.plusDays(89), termStart, none).holding().get(0);
        assertEquals(termStart.plusDays(89), dormant.startedOn());
        assertEquals(
                termStart.plusDays(89),
                check(termStart.plusDays(300), termStart, none).holding().get(0).startedOn());
        // No term known: never dormant.
        assertEquals(List.of(), check(termStart.plusDays(300), null, none).holding());
    }

    @Test
    void dormancyEndsOnTheDayOfTheNextActivity() {
        LocalDate start = LocalDate.of(2024, 3, 30); // the term's 89th day, no activity
        LocalDate activity = LocalDate.of(2026, 5, 20);
        NavigableSet<LocalDate> days = new TreeSet<>(List.of(activity));
        assertEquals(
                Optional.empty(), check(activity.minusDays(1), LONG_AGO, days).endOf(WarningKind.DORMANT, null, start));
        assertEquals(Optional.of(activity), check(activity, LONG_AGO, days).endOf(WarningKind.DORMANT, null, start));
        assertEquals(
                Optional.of(activity),
                check(activity.plusDays(30), LONG_AGO, days).endOf(WarningKind.DORMANT, null, start));
        // An activity logged late, dated before the warning's start: it never held, it ends on its own start.
        LocalDate late = start.minusDays(10);
        assertEquals(
                Optional.of(start),
                check(start.plusDays(20), LONG_AGO, new TreeSet<>(List.of(late)))
                        .endOf(WarningKind.DORMANT, null, start));
    }

    @Test
    void anOverdueItemFromTheDayAfterItsDueDateUntilItsCompletion() {
        UUID id = UUID.randomUUID();
        LocalDate due = LocalDate.of(2026, 3, 10);
        RectificationDetails open = new RectificationDetails("会议纪要缺失", LocalDate.of(2026, 3, 1), due, null, null);
        assertEquals(List.of(), checkItems(due, Map.of(id, open)).holding());
        Warning overdue =
                checkItems(due.plusDays(1), Map.of(id, open)).holding().get(0);
        assertEquals(WarningKind.RECTIFICATION_OVERDUE, overdue.kind());
        assertEquals(id, overdue.subjectId());
        assertEquals(due.plusDays(1), overdue.startedOn());
        assertEquals(due, overdue.details().get("dueOn"));

        LocalDate completedOn = LocalDate.of(2026, 3, 20);
        RectificationDetails completed = open.completed(completedOn, "补齐", completedOn);
        assertEquals(
                1,
                checkItems(completedOn.minusDays(1), Map.of(id, completed))
                        .holding()
                        .size());
        assertEquals(
                Optional.empty(),
                checkItems(completedOn.minusDays(1), Map.of(id, completed))
                        .endOf(WarningKind.RECTIFICATION_OVERDUE, id, due.plusDays(1)));
        assertEquals(List.of(), checkItems(completedOn, Map.of(id, completed)).holding());
        assertEquals(
                Optional.of(completedOn),
                checkItems(completedOn.plusDays(3), Map.of(id, completed))
                        .endOf(WarningKind.RECTIFICATION_OVERDUE, id, due.plusDays(1)));
        // Withdrawn: it ends on the day it is found gone.
        assertEquals(
                Optional.of(completedOn),
                checkItems(completedOn, Map.of()).endOf(WarningKind.RECTIFICATION_OVERDUE, id, due.plusDays(1)));
    }

    @Test
    void aScoreDropFromTheFirstDayTenPointsBelowNinetyDaysEarlierUntilTheOldValueLeavesTheComparison() {
        LocalDate fell = LocalDate.of(2026, 6, 1);
        Function<LocalDate, Scorecard.Standing> scores = day -> standing(day.isBefore(fell) ? "80" : "70", "1");
        assertEquals(List.of(), check(fell.minusDays(1), scores).holding());
        Warning drop = check(fell, scores).holding().get(0);
        assertEquals(WarningKind.SCORE_DROP, drop.kind());
        assertEquals(fell, drop.startedOn());
        assertEquals(new BigDecimal("80"), drop.details().get("compositeBefore"));
        assertEquals(fell, check(fell.plusDays(89), scores).holding().get(0).startedOn());
        assertEquals(Optional.empty(), check(fell.plusDays(89), scores).endOf(WarningKind.SCORE_DROP, null, fell));
        // 90 days on, the comparison is 70 with 70.
        assertEquals(List.of(), check(fell.plusDays(90), scores).holding());
        assertEquals(
                Optional.of(fell.plusDays(90)),
                check(fell.plusDays(95), scores).endOf(WarningKind.SCORE_DROP, null, fell));
    }

    @Test
    void aDropOfLessThanTenPointsOrWithoutAnEarlierCompositeIsNone() {
        LocalDate fell = LocalDate.of(2026, 6, 1);
        assertEquals(
                List.of(),
                check(fell, day -> standing(day.isBefore(fell) ? "80" : "70.01", "1"))
                        .holding());
        assertEquals(
                List.of(),
                check(
                                fell,
                                day -> day.isBefore(fell)
                                        ? new Scorecard.Standing(null, Grade.INSUFFICIENT_DATA, BigDecimal.ONE)
                                        : standing("10", "1"))
                        .holding());
    }

    @Test
    void lowCoverageWhileBelowOneHalf() {
        LocalDate from = LocalDate.of(2026, 2, 1);
        LocalDate until = LocalDate.of(2026, 4, 1);
        Function<LocalDate, Scorecard.Standing> scores =
                day -> standing("80", !day.isBefore(from) && day.isBefore(until) ? "0.4999" : "0.5");
        assertEquals(List.of(), check(from.minusDays(1), scores).holding());
        Warning low = check(from, scores).holding().get(0);
        assertEquals(WarningKind.COVERAGE_LOW, low.kind());
        assertEquals(from, low.startedOn());
        assertEquals(from, check(until.minusDays(1), scores).holding().get(0).startedOn());
        assertEquals(List.of(), check(until, scores).holding());
        assertEquals(Optional.of(until), check(until.plusDays(10), scores).endOf(WarningKind.COVERAGE_LOW, null, from));
    }

    @Test
    void aWarningCheckedDayByDayIsFollowedBackOneWindowAtMost() {
        LocalDate asOf = LocalDate.of(2026, 12, 4);
        Warning low = check(asOf, day -> standing("80", "0.1")).holding().get(0);
        assertEquals(asOf.minusDays(364), low.startedOn());
    }

    @Test
    void aWarningCheckedDayByDayStartsNoEarlierThanTheTerm() {
        LocalDate asOf = LocalDate.of(2026, 12, 4);
        LocalDate termStart = asOf.minusDays(20);
        Warning low = new WarningCheck(
                        asOf, termStart, new TreeSet<>(List.of(asOf)), Map.of(), day -> standing("80", "0.1"))
                .holding()
                .get(0);
        assertEquals(termStart, low.startedOn());
    }

    private static WarningCheck check(LocalDate asOf, LocalDate termStart, NavigableSet<LocalDate> activityDays) {
        return new WarningCheck(asOf, termStart, activityDays, Map.of(), STEADY);
    }

    private static WarningCheck checkItems(LocalDate asOf, Map<UUID, RectificationDetails> items) {
        return new WarningCheck(asOf, LONG_AGO, new TreeSet<>(List.of(asOf)), items, STEADY);
    }

    private static WarningCheck check(LocalDate asOf, Function<LocalDate, Scorecard.Standing> scores) {
        return new WarningCheck(asOf, LONG_AGO, new TreeSet<>(List.of(asOf)), Map.of(), scores);
    }

    private static Scorecard.Standing standing(String composite, String coverage) {
        return new Scorecard.Standing(new BigDecimal(composite), Grade.GOOD, new BigDecimal(coverage));
    }

    private static List<WarningKind> kinds(List<Warning> warnings) {
        return warnings.stream().map(Warning::kind).toList();
    }
}
