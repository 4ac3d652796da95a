package io.gongjian.partnership.domain;

import io.gongjian.commons.domain.RuleViolation;
import java.time.LocalDate;

/**
 * The range each business date of this context may take. Nothing here happened before the founding of the
 * People's Republic (1949-10-01), which also keeps out year 0000 (PostgreSQL has no year 0 and would store
 * another date than the one sent).
 */
final class Dates {

    static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);

    /** An agreement's term is a few years; anything longer than this is a typing error. */
    static final int LONGEST_TERM_YEARS = 30;

    private Dates() {}

    /** Refuses a date before {@link #EARLIEST}. */
    static LocalDate notBeforeEarliest(String field, LocalDate date) {
        if (date.isBefore(EARLIEST)) {
            throw new RuleViolation(field, field + " " + date + " is before " + EARLIEST + "; check the year");
        }
        return date;
    }

    /** Refuses a date after {@code latest}, saying what the bound is ({@code bound} reads "today", "the term end"). */
    static void notAfter(String field, LocalDate date, LocalDate latest, String bound) {
        if (date.isAfter(latest)) {
            throw new RuleViolation(field, field + " " + date + " is after " + bound + " (" + latest + ")");
        }
    }
}
