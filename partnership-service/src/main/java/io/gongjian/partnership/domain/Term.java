package io.gongjian.partnership.domain;

import io.gongjian.commons.domain.Message;
import io.gongjian.commons.domain.PlausibleDates;
import io.gongjian.commons.domain.RuleViolation;
import java.time.LocalDate;

/** The term of an agreement: a closed date range, start ≤ end, at most 30 years long. */
public record Term(LocalDate start, LocalDate end) {

    /** An agreement's term is a few years; anything longer than this is a typing error. */
    static final int LONGEST_TERM_YEARS = 30;

    public Term {
        if (start == null) {
            throw new RuleViolation("term.start", "term.start-required");
        }
        if (end == null) {
            throw new RuleViolation("term.end", "term.end-required");
        }
        PlausibleDates.notBeforeEarliest("term.start", start);
        if (end.isBefore(start)) {
            throw new RuleViolation("term.end", "term.ends-before-start", end, start);
        }
        PlausibleDates.notAfter(
                "term.end",
                end,
                start.plusYears(LONGEST_TERM_YEARS),
                Message.of("bound.years-after-start", LONGEST_TERM_YEARS));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** True from the day after the last day of the term. */
    public boolean hasEndedBy(LocalDate today) {
        return today.isAfter(end);
    }
}
