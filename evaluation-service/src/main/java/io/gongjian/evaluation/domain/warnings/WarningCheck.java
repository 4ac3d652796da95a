package io.gongjian.evaluation.domain.warnings;

import io.gongjian.evaluation.domain.Grade;
import io.gongjian.evaluation.domain.RectificationDetails;
import io.gongjian.evaluation.domain.Scorecard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The early warnings of one ACTIVE partnership as of a day D (WEIGHTS.md, "Early warnings"), from its facts: the days
 * it had activities, the start of its agreement's term, its rectification items and its standing (composite,
 * coverage; window 365 under the scheme applying to its region) as of any day.
 *
 * <p>A warning's start is the first day from which it has held without a break; it ends on the first day it no
 * longer holds. DORMANT and RECTIFICATION_OVERDUE have closed forms for both. SCORE_DROP and COVERAGE_LOW are looked
 * for day by day, at most {@link #LOOK_BACK_DAYS} days back from D (one window) and not before the term started: one
 * that has held on each of them is taken to have started on D − 364, or on the term's first day.
 */
public final class WarningCheck {

    /** DORMANT: no activity in the last this many days [D − 89, D], the term started on or before D − 89. */
    public static final int QUIET_DAYS = 90;
    /** SCORE_DROP compares the composite with its value this many days earlier. */
    public static final int DROP_LAG_DAYS = 90;
    /** SCORE_DROP: the composite fell by at least this many points. */
    public static final BigDecimal DROP_POINTS = BigDecimal.TEN;
    /** COVERAGE_LOW: coverage below this, the coverage below which a composite is not graded. */
    public static final BigDecimal COVERAGE_FLOOR = Grade.MINIMUM_COVERAGE;
    /** How far back, and from how far back, a warning checked day by day is followed. */
    public static final int LOOK_BACK_DAYS = 365;

    private final LocalDate asOf;
    private final LocalDate termStart;
    private final NavigableSet<LocalDate> activityDays;
    private final Map<UUID, RectificationDetails> rectifications;
    private final Function<LocalDate, Scorecard.Standing> standing;

    /**
     * @param termStart the first day of the agreement's term; {@code null} when unknown (never DORMANT then)
     * @param activityDays the business days of its activities (revoked ones left out)
     * @param rectifications its rectification items in force (withdrawn ones left out), by id
     * @param standing its standing as of a day, window 365 (asked for D, D − 90 and, while a warning holds, earlier
     *     days: the caller may compute them as they are asked for)
     */
    public WarningCheck(
            LocalDate asOf,
            LocalDate termStart,
            NavigableSet<LocalDate> activityDays,
            Map<UUID, RectificationDetails> rectifications,
            Function<LocalDate, Scorecard.Standing> standing) {
        this.asOf = asOf;
        this.termStart = termStart;
        this.activityDays = activityDays;
        this.rectifications = rectifications;
        this.standing = standing;
    }

    /** Every warning that holds on D, with its start and details. */
    public List<Warning> holding() {
        List<Warning> warnings = new ArrayList<>();
        if (dormantOn(asOf)) {
            Map<String, Object> details = new LinkedHashMap<>();
            LocalDate last = activityDays.floor(asOf);
            if (last != null) {
                details.put("lastActivityOn", last);
            }
            details.put("termStart", termStart);
            warnings.add(new Warning(WarningKind.DORMANT, null, dormantSince(), details));
        }
        rectifications.forEach((id, item) -> {
            if (item.overdueOn(asOf)) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("issue", item.issue());
                details.put("raisedOn", item.raisedOn());
                details.put("dueOn", item.dueOn());
                warnings.add(new Warning(
                        WarningKind.RECTIFICATION_OVERDUE, id, item.dueOn().plusDays(1), details));
            }
        });
        if (scoreDropOn(asOf)) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("composite", standing.apply(asOf).composite());
            details.put(
                    "compositeBefore",
                    standing.apply(asOf.minusDays(DROP_LAG_DAYS)).composite());
            warnings.add(new Warning(WarningKind.SCORE_DROP, null, since(this::scoreDropOn), details));
        }
        if (coverageLowOn(asOf)) {
            warnings.add(new Warning(
                    WarningKind.COVERAGE_LOW,
                    null,
                    since(this::coverageLowOn),
                    Map.of("coverage", standing.apply(asOf).coverage())));
        }
        return warnings;
    }

    /**
     * When a warning that started on {@code startedOn} ended: the first day from its start through D on which it does
     * not hold (its start itself when facts learnt since show that it never held); empty while it holds on D.
     */
    public Optional<LocalDate> endOf(WarningKind kind, UUID subjectId, LocalDate startedOn) {
        return switch (kind) {
            case DORMANT -> dormantOn(asOf) ? Optional.empty() : Optional.of(dormancyEnd(startedOn));
            case RECTIFICATION_OVERDUE -> {
                RectificationDetails item = rectifications.get(subjectId);
                if (item != null && item.overdueOn(asOf)) {
                    yield Optional.empty();
                }
                // Completed: it stopped holding on the completion day. Withdrawn or moved: as of D.
                LocalDate end = item == null || item.completedOn() == null ? asOf : item.completedOn();
                yield Optional.of(end.isBefore(startedOn) ? startedOn : end);
            }
            case SCORE_DROP -> scoreDropOn(asOf)
                    ? Optional.empty()
                    : Optional.of(firstNotOn(startedOn, this::scoreDropOn));
            case COVERAGE_LOW -> coverageLowOn(asOf)
                    ? Optional.empty()
                    : Optional.of(firstNotOn(startedOn, this::coverageLowOn));
        };
    }

    /** DORMANT on {@code day}: no activity in [day − 89, day], and the term started on or before day − 89. */
    boolean dormantOn(LocalDate day) {
        LocalDate quietFrom = day.minusDays(QUIET_DAYS - 1L);
        LocalDate last = activityDays.floor(day);
        return termStart != null && !termStart.isAfter(quietFrom) && (last == null || last.isBefore(quietFrom));
    }

    /**
     * The start of a dormancy that holds on D: the first day both conditions hold through D, the 90th day after the
     * last activity (it is out of [X − 89, X] from then on) and the 89th after the term started.
     */
    private LocalDate dormantSince() {
        LocalDate start = termStart.plusDays(QUIET_DAYS - 1L);
        LocalDate last = activityDays.floor(asOf);
        return last != null && last.plusDays(QUIET_DAYS).isAfter(start) ? last.plusDays(QUIET_DAYS) : start;
    }

    /**
     * The first day from {@code start} through D that is not dormant: the day of the first activity on or after
     * start − 89 (the day itself when before it), or the start when the term (as now known) had not begun early enough.
     */
    private LocalDate dormancyEnd(LocalDate start) {
        if (termStart == null || termStart.isAfter(start.minusDays(QUIET_DAYS - 1L))) {
            return start;
        }
        LocalDate activity = activityDays.ceiling(start.minusDays(QUIET_DAYS - 1L));
        if (activity == null || activity.isAfter(asOf)) {
            return asOf; // cannot be: not dormant on D means an activity in [D − 89, D]
        }
        return activity.isBefore(start) ? start : activity;
    }

    /** SCORE_DROP on {@code day}: composite(day) ≤ composite(day − 90) − 10, both available (full precision). */
    boolean scoreDropOn(LocalDate day) {
        BigDecimal now = standing.apply(day).composite();
        if (now == null) {
            return false;
        }
        BigDecimal before = standing.apply(day.minusDays(DROP_LAG_DAYS)).composite();
        return before != null && now.compareTo(before.subtract(DROP_POINTS)) <= 0;
    }

    /** COVERAGE_LOW on {@code day}: coverage(day) < 0.5. */
    boolean coverageLowOn(LocalDate day) {
        return standing.apply(day).coverage().compareTo(COVERAGE_FLOOR) < 0;
    }

    /**
     * The first day of the unbroken run of days through D on which {@code holds}, at most 365 days long and not
     * before the term started: the partnership was not ACTIVE before it.
     */
    private LocalDate since(Predicate<LocalDate> holds) {
        LocalDate start = asOf;
        for (int back = 1;
                back < LOOK_BACK_DAYS
                        && (termStart == null || start.isAfter(termStart))
                        && holds.test(start.minusDays(1));
                back++) {
            start = start.minusDays(1);
        }
        return start;
    }

    /**
     * The first day from {@code start} (at the earliest D − 364) through D on which {@code holds} does not: D at
     * the latest, since it is asked only when it does not hold on D.
     */
    private LocalDate firstNotOn(LocalDate start, Predicate<LocalDate> holds) {
        LocalDate earliest = asOf.minusDays(LOOK_BACK_DAYS - 1L);
        for (LocalDate day = start.isBefore(earliest) ? earliest : start; day.isBefore(asOf); day = day.plusDays(1)) {
            if (!holds.test(day)) {
                return day;
            }
        }
        return asOf;
    }
}
