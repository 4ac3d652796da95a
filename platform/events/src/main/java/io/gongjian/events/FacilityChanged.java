package io.gongjian.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Full current state of a joint facility (共建设施: a training room, lab, industry college, training base or party
 * position the two parties run together) after it was logged, amended, closed or revoked.
 *
 * @param closedOn the last day it was open; {@code null} while it is open
 * @param equipmentValue the equipment the enterprise contributed, 10k CNY
 */
public record FacilityChanged(
        UUID id,
        long version,
        UUID partnershipId,
        boolean revoked,
        String revocationReason,
        String kind,
        String name,
        String mode,
        String hostSide,
        LocalDate openedOn,
        LocalDate closedOn,
        BigDecimal equipmentValue,
        BigDecimal floorArea,
        Integer seats,
        List<String> evidenceLinks)
        implements ActivityEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.facility(this);
    }
}
