package io.gongjian.commons.domain;

import java.time.LocalDate;

/**
 * The one rule for how old or new a business date may be: nothing this platform records (an agreement, an
 * activity, a member count, an assessment) predates the founding of the People's Republic on 1949-10-01, and
 * nothing lies after the latest date the caller allows for the field (today in Asia/Shanghai for what has
 * happened, the end of the partnership's term for a due date). The JSON layer already refuses years outside
 * 0001–9999; this rule says what is plausible.
 */
public final class PlausibleDates {

    /** 中华人民共和国成立: the earliest date any field of this platform may hold. */
    public static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);

    private PlausibleDates() {}

    /**
     * @param field the field as the API names it, e.g. {@code effectiveOn}
     * @param latest the latest date the field may hold, e.g. {@code BusinessCalendar.today()} or a term's end
     * @return {@code date}, or {@code null} when it is null (requiredness is another rule)
     */
    public static LocalDate check(String field, LocalDate date, LocalDate latest) {
        notBeforeEarliest(field, date);
        if (date != null && date.isAfter(latest)) {
            throw new RuleViolation(field, "date.after-latest", field, date, latest);
        }
        return date;
    }

    /** Refuses a date before {@link #EARLIEST}, for fields whose upper bound is checked later or elsewhere. */
    public static LocalDate notBeforeEarliest(String field, LocalDate date) {
        if (date != null && date.isBefore(EARLIEST)) {
            throw new RuleViolation(field, "date.before-earliest", field, date, EARLIEST);
        }
        return date;
    }

    /** Refuses a date after {@code latest}, saying what the bound is ({@code bound}: "today", "the term end"). */
    public static void notAfter(String field, LocalDate date, LocalDate latest, Message bound) {
        if (date.isAfter(latest)) {
            throw new RuleViolation(field, "date.after-bound", field, date, bound, latest);
        }
    }
}
