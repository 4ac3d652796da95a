package io.gongjian.activity.domain;

import io.gongjian.commons.domain.PlausibleDates;
import io.gongjian.events.ActivityEvent;
import io.gongjian.events.ExchangeChanged;
import io.gongjian.records.domain.VersionedRecord;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A talent exchange (人才交流): how many people went which way, when.
 *
 * @param facilityId the joint facility where it took place (an internship at a training base), if any
 */
public record ExchangeDetails(
        ExchangeType type,
        ExchangeDirection direction,
        LocalDate occurredOn,
        int headcount,
        String description,
        UUID facilityId)
        implements RecordDetails {

    public ExchangeDetails {
        Rules.required("type", type);
        Rules.required("direction", direction);
        PlausibleDates.notBeforeEarliest("occurredOn", Rules.required("occurredOn", occurredOn));
        Rules.between("headcount", headcount, 1, Limits.PEOPLE);
        description = Rules.text("description", description, Limits.DESCRIPTION, false);
    }

    @Override
    public String typeCode() {
        return type.name();
    }

    @Override
    public LocalDate businessDate() {
        return occurredOn;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.EXCHANGE;
    }

    @Override
    public ActivityEvent toEvent(VersionedRecord<?> record) {
        return new ExchangeChanged(
                record.id(),
                record.version(),
                record.partnershipId(),
                !record.isActive(),
                record.closingReason(),
                type.name(),
                direction.name(),
                occurredOn,
                headcount,
                description,
                facilityId);
    }
}
