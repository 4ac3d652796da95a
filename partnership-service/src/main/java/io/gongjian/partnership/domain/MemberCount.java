package io.gongjian.partnership.domain;

import io.gongjian.commons.domain.PlausibleDates;
import io.gongjian.commons.domain.RuleViolation;
import java.time.LocalDate;

/** The number of party members of an organisation, effective from a date on. */
public record MemberCount(LocalDate effectiveOn, int count) {

    public MemberCount {
        if (effectiveOn == null) {
            throw new RuleViolation("effectiveOn", "member-count.effective-on-required");
        }
        PlausibleDates.notBeforeEarliest("effectiveOn", effectiveOn);
        if (count < 0) {
            throw new RuleViolation("count", "member-count.negative");
        }
    }
}
