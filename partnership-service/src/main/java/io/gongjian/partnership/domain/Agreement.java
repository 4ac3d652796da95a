package io.gongjian.partnership.domain;

import io.gongjian.commons.domain.Message;
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
            throw new RuleViolation("signedOn", "agreement.signed-on-required");
        }
        PlausibleDates.notBeforeEarliest("signedOn", signedOn);
        if (term == null) {
            throw new RuleViolation("term", "agreement.term-required");
        }
        if (signedOn.isAfter(term.end())) {
            throw new RuleViolation("signedOn", "agreement.signed-after-term", signedOn, term.end());
        }
        if (modes == null || modes.isEmpty()) {
            throw new RuleViolation("modes", "agreement.modes-required");
        }
        modes = Set.copyOf(EnumSet.copyOf(modes));
    }

    /** An agreement is recorded once it has been signed: its signing date has come. */
    void requireSignedBy(LocalDate today) {
        PlausibleDates.notAfter("signedOn", signedOn, today, Message.of("bound.today"));
    }
}
