package io.gongjian.commons.api;

import io.gongjian.commons.domain.Message;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The one reading of a calendar date the API accepts, in a body or a query: YYYY-MM-DD of the years 0001–9999, and
 * nothing else (no time, no sign, no year 0000 that PostgreSQL would store as 0001, no 30 February).
 */
final class CalendarDates {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private CalendarDates() {}

    /** @throws NotADate saying in words why {@code text} is not such a date */
    static LocalDate parse(String text) {
        if (!SHAPE.matcher(text).matches()) {
            throw new NotADate(Message.of("date.shape", JsonProblems.quoted(text)));
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new NotADate(Message.of("date.not-in-calendar", JsonProblems.quoted(text)));
        }
        if (date.getYear() < 1) {
            throw new NotADate(Message.of("date.years", JsonProblems.quoted(text)));
        }
        return date;
    }

    /** Text that is not a calendar date, and why. */
    static final class NotADate extends IllegalArgumentException {

        private final transient Message reason;

        NotADate(Message reason) {
            super(reason.toString());
            this.reason = reason;
        }

        Message reason() {
            return reason;
        }
    }
}
