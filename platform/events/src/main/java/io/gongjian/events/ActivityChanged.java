package io.gongjian.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Full current state of a joint activity (共建活动) after it was logged, amended or revoked.
 *
 * @param facilityId the joint facility where it took place ({@link FacilityChanged}); {@code null} when none is named
 */
public record ActivityChanged(
        UUID id,
        long version,
        UUID partnershipId,
        boolean revoked,
        String revocationReason,
        String type,
        String mode,
        String title,
        LocalDate occurredOn,
        String location,
        String organisingSide,
        int universityPartyMembers,
        int enterprisePartyMembers,
        int attendance,
        List<String> evidenceLinks,
        @OptionalField(since = "2.0.0") UUID facilityId)
        implements ActivityEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.activity(this);
    }
}
