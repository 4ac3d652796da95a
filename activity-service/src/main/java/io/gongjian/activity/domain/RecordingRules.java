package io.gongjian.activity.domain;

import io.gongjian.commons.domain.Conflict;
import io.gongjian.commons.domain.Message;
import io.gongjian.commons.domain.PlausibleDates;
import io.gongjian.commons.domain.RuleViolation;
import java.time.LocalDate;
import java.util.Map;

/**
 * When a partnership may have something logged: while it is ACTIVE, for a business date within its term and
 * plausible by the platform's one rule ({@link PlausibleDates}: not before 1949-10-01, not after today in
 * Asia/Shanghai). Applies to logging and to amending alike.
 */
public final class RecordingRules {

    private RecordingRules() {}

    public static void check(PartnershipView partnership, RecordDetails details, LocalDate today) {
        if (!partnership.isActive()) {
            throw new Conflict(
                    "partnershipId",
                    Message.of("record.partnership-not-active", partnership.status()),
                    Map.of("partnershipStatus", partnership.status()));
        }
        LocalDate date = details.businessDate();
        String field = details.recordKind().businessDateField();
        PlausibleDates.notAfter(field, date, today, Message.of("bound.today-in-shanghai"));
        if (details instanceof FacilityDetails facility && facility.closedOn() != null) {
            PlausibleDates.notAfter("closedOn", facility.closedOn(), today, Message.of("bound.today-in-shanghai"));
        }
        if (date.isBefore(partnership.termStart()) || date.isAfter(partnership.termEnd())) {
            throw new RuleViolation(
                    field, "record.outside-term", field, date, partnership.termStart(), partnership.termEnd());
        }
    }
}
