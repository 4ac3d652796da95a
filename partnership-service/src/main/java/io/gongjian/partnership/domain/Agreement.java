package io.gongjian.partnership.domain;

import io.gongjian.commons.domain.PlausibleDates;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.events.CoConstructionMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** The editable terms of a co-construction agreement (共建协议). */
public record Agreement(String title, LocalDate signedOn, Term term, Set<CoConstructionMode> modes) {

    public Agreement {
        title = Texts.required("title", title, 300);
        if (signedOn == null) {
            throw new RuleViolation("signedOn", "the date the agreement was signed is required");
        }
        PlausibleDates.notBeforeEarliest("signedOn", signedOn);
        if (term == null) {
            throw new RuleViolation("term", "the agreement's term (start, end) is required");
        }
        if (signedOn.isAfter(term.end())) {
            throw new RuleViolation(
                    "signedOn", "the agreement is signed (" + signedOn + ") after its term ends (" + term.end() + ")");
        }
        if (modes == null || modes.isEmpty()) {
            throw new RuleViolation("modes", "name at least one co-construction mode the agreement covers");
        }
        modes = Set.copyOf(EnumSet.copyOf(modes));
    }

    /** An agreement is recorded once it has been signed: its signing date has come. */
    void requireSignedBy(LocalDate today) {
        PlausibleDates.notAfter("signedOn", signedOn, today, "today");
    }
}
