package io.gongjian.activity.api;

import io.gongjian.activity.domain.AchievementDetails;
import io.gongjian.records.domain.VersionedRecord;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Achievement")
public record AchievementResponse(
        UUID id,
        UUID partnershipId,
        @Schema(description = "Send it back in If-Match when you amend") long version,
        @Schema(enumeration = {"ACTIVE", "REVOKED"}) String status,
        @Schema(nullable = true) String revocationReason,
        String type,
        String title,
        LocalDate registeredOn,
        @Schema(nullable = true) String description) {

    static AchievementResponse of(VersionedRecord<?> record) {
        AchievementDetails achievement = (AchievementDetails) record.details();
        return new AchievementResponse(
                record.id(),
                record.partnershipId(),
                record.version(),
                record.status(),
                record.closingReason(),
                achievement.type().name(),
                achievement.title(),
                achievement.registeredOn(),
                achievement.description());
    }
}
