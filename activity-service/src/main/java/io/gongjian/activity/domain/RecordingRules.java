package io.gongjian.activity.domain;

import io.gongjian.commons.domain.Conflict;
import io.gongjian.commons.domain.RuleViolation;
import java.time.LocalDate;
import java.util.Map;

/**
 * When a partnership may have something logged: while it is ACTIVE, for a business date within its term and not
 * in the future (Asia/Shanghai). Applies to logging and to amending alike.
 */
public final class RecordingRules {

    private RecordingRules() {}

    public static void check(PartnershipView partnership, RecordDetails details, LocalDate today) {
        if (!partnership.isActive()) {
            throw new Conflict(
                    "partnershipId",
                    "the partnership is " + partnership.status()
                            + "; records can only be logged for ACTIVE partnerships",
                    Map.of("partnershipStatus", partnership.status()));
        }
        LocalDate date = details.businessDate();
        String field = details.recordKind().businessDateField();
        if (date.isAfter(today)) {
            throw new RuleViolation(
                    field, field + " " + date + " is in the future (today is " + today + ", Asia/Shanghai)");
        }
        if (date.isBefore(partnership.termStart()) || date.isAfter(partnership.termEnd())) {
            throw new RuleViolation(
                    field,
                    field + " " + date + " lies outside the partnership's term (" + partnership.termStart() + " to "
                            + partnership.termEnd() + ")");
        }
    }
}
