package io.gongjian.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Full current state of a talent exchange (人才交流) after it was logged, amended or revoked.
 *
 * @param facilityId the joint facility where it took place ({@link FacilityChanged}); {@code null} when none is named
 */
public record ExchangeChanged(
        UUID id,
        long version,
        UUID partnershipId,
        boolean revoked,
        String revocationReason,
        String type,
        String direction,
        LocalDate occurredOn,
        int headcount,
        String description,
        @OptionalField(since = "2.0.0") UUID facilityId)
        implements ActivityEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.exchange(this);
    }
}
