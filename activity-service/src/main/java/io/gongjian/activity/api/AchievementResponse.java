package io.gongjian.activity.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gongjian.activity.application.RecordService;
import io.gongjian.activity.domain.AchievementDetails;
import io.gongjian.activity.domain.AchievementType;
import io.gongjian.activity.domain.TeachingResourceKind;
import io.gongjian.export.ExportColumn;
import io.gongjian.export.TableExport;
import io.gongjian.records.domain.VersionedRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Achievement")
public record AchievementResponse(
        UUID id,
        UUID partnershipId,
        @Schema(nullable = true, description = "Your own id for it, if you gave one") String externalRef,
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
                List<ConversionResponse> revokedConversions)
        implements RecordTables.Logged {

    static final TableExport<AchievementResponse> TABLE = RecordTables.of(
            "成果 Achievements",
            List.of(
                    ExportColumn.label("类型", "type", AchievementResponse::type),
                    ExportColumn.label("教学资源类别", "resource kind", AchievementResponse::resourceKind),
                    ExportColumn.of("名称", "title", AchievementResponse::title),
                    ExportColumn.of("登记日期", "registered on", AchievementResponse::registeredOn),
                    ExportColumn.of("说明", "description", AchievementResponse::description)));

    static AchievementResponse revoked(RecordService.AchievementRevocation revocation) {
        AchievementResponse achievement = of(revocation.achievement());
        return new AchievementResponse(
                achievement.id,
                achievement.partnershipId,
                achievement.externalRef,
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
                record.externalRef(),
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
