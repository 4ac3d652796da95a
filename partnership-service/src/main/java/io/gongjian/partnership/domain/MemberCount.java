package io.gongjian.partnership.domain;

import io.gongjian.commons.domain.PlausibleDates;
import io.gongjian.commons.domain.RuleViolation;
import java.time.LocalDate;

/** The number of party members of an organisation, effective from a date on. */
public record MemberCount(LocalDate effectiveOn, int count) {

    public MemberCount {
        if (effectiveOn == null) {
            throw new RuleViolation("effectiveOn", "a member count needs the date it is effective on");
        }
        PlausibleDates.notBeforeEarliest("effectiveOn", effectiveOn);
        if (count < 0) {
            throw new RuleViolation("count", "a party-member count cannot be negative");
        }
    }
}
