package io.gongjian.events;

import java.time.LocalDate;
import java.util.UUID;

/** Full current state of a talent exchange (人才交流) after it was logged, amended or revoked. */
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
        String description)
        implements ActivityEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.exchange(this);
    }
}
