package io.gongjian.activity.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gongjian.activity.application.RecordService;
import io.gongjian.activity.domain.AchievementDetails;
import io.gongjian.activity.domain.AchievementType;
import io.gongjian.activity.domain.TeachingResourceKind;
import io.gongjian.records.domain.VersionedRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Achievement")
public record AchievementResponse(
        UUID id,
        UUID partnershipId,
        @Schema(description = "Send it back in If-Match when you amend") long version,
        @Schema(enumeration = {"ACTIVE", "REVOKED"}) String status,
        @Schema(nullable = true) String revocationReason,
        AchievementType type,
        String title,
        LocalDate registeredOn,
        @Schema(nullable = true) String description,
        @Schema(description = "TEACHING_RESOURCE: course, textbook, …, when given", nullable = true)
                TeachingResourceKind resourceKind,
        @JsonInclude(JsonInclude.Include.NON_NULL)
                @Schema(
                        description =
                                "Only in the answer to a revocation: the conversions revoked with this research output"
                                        + " (a conversion never outlives its output), each in its new state")
                List<ConversionResponse> revokedConversions) {

    static AchievementResponse revoked(RecordService.AchievementRevocation revocation) {
        AchievementResponse achievement = of(revocation.achievement());
        return new AchievementResponse(
                achievement.id,
                achievement.partnershipId,
                achievement.version,
                achievement.status,
                achievement.revocationReason,
                achievement.type,
                achievement.title,
                achievement.registeredOn,
                achievement.description,
                achievement.resourceKind,
                revocation.conversions().stream().map(ConversionResponse::of).toList());
    }

    static AchievementResponse of(VersionedRecord<?> record) {
        AchievementDetails achievement = (AchievementDetails) record.details();
        return new AchievementResponse(
                record.id(),
                record.partnershipId(),
                record.version(),
                record.status(),
                record.closingReason(),
                achievement.type(),
                achievement.title(),
                achievement.registeredOn(),
                achievement.description(),
                achievement.resourceKind(),
                null);
    }
}
