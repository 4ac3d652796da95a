package io.gongjian.activity.api;

import io.gongjian.activity.domain.ActivityDetails;
import io.gongjian.activity.domain.ActivityType;
import io.gongjian.events.CoConstructionMode;
import io.gongjian.events.Side;
import io.gongjian.records.domain.VersionedRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Activity")
public record ActivityResponse(
        UUID id,
        UUID partnershipId,
        @Schema(nullable = true, description = "Your own id for it, if you gave one") String externalRef,
        @Schema(description = "Send it back in If-Match when you amend") long version,
        @Schema(enumeration = {"ACTIVE", "REVOKED"}) String status,
        @Schema(nullable = true) String revocationReason,
        ActivityType type,
        CoConstructionMode mode,
        String title,
        LocalDate occurredOn,
        @Schema(nullable = true) String location,
        Side organisingSide,
        int universityPartyMembers,
        int enterprisePartyMembers,
        int attendance,
        List<String> evidenceLinks,
        @Schema(nullable = true, description = "The joint facility where it took place") UUID facilityId) {

    static ActivityResponse of(VersionedRecord<?> record) {
        ActivityDetails activity = (ActivityDetails) record.details();
        return new ActivityResponse(
                record.id(),
                record.partnershipId(),
                record.externalRef(),
                record.version(),
                record.status(),
                record.closingReason(),
                activity.type(),
                activity.mode(),
                activity.title(),
                activity.occurredOn(),
                activity.location(),
                activity.organisingSide(),
                activity.universityPartyMembers(),
                activity.enterprisePartyMembers(),
                activity.attendance(),
                activity.evidenceLinks(),
                activity.facilityId());
    }
}
