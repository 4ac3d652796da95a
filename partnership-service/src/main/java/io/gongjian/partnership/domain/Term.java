package io.gongjian.partnership.domain;

import io.gongjian.commons.domain.RuleViolation;
import java.time.LocalDate;

/** The term of an agreement: a closed date range, start ≤ end, at most 30 years long. */
public record Term(LocalDate start, LocalDate end) {

    public Term {
        if (start == null) {
            throw new RuleViolation("term.start", "the term needs a start date");
        }
        if (end == null) {
            throw new RuleViolation("term.end", "the term needs an end date");
        }
        Dates.notBeforeEarliest("term.start", start);
        if (end.isBefore(start)) {
            throw new RuleViolation("term.end", "the term ends (" + end + ") before it starts (" + start + ")");
        }
        Dates.notAfter(
                "term.end",
                end,
                start.plusYears(Dates.LONGEST_TERM_YEARS),
                Dates.LONGEST_TERM_YEARS + " years after the term starts");
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** True from the day after the last day of the term. */
    public boolean hasEndedBy(LocalDate today) {
        return today.isAfter(end);
    }
}
