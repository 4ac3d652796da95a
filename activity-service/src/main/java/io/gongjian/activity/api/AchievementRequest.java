package io.gongjian.activity.api;

import io.gongjian.activity.domain.AchievementDetails;
import io.gongjian.activity.domain.AchievementType;
import io.gongjian.activity.domain.Limits;
import io.gongjian.activity.domain.TeachingResourceKind;
import io.gongjian.records.api.RecordRequest;
import io.gongjian.records.domain.VersionedRecord;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AchievementRequest", description = "An achievement to register or amend")
public record AchievementRequest(
        @NotNull @Schema(description = "Cannot change on amendment") UUID partnershipId,
        @Size(max = VersionedRecord.MAX_EXTERNAL_REF)
                @Schema(description = RecordRequest.EXTERNAL_REF_DESCRIPTION, nullable = true, example = "OA-2026-0312")
                String externalRef,
        @NotNull @Schema(example = "RESEARCH_OUTPUT") AchievementType type,
        @NotBlank @Size(max = Limits.TITLE) @Schema(example = "一种新能源汽车电池包热管理装置（发明专利）") String title,
        @NotNull
                @Schema(
                        description = "1949-10-01 … today (Asia/Shanghai), within the partnership's term",
                        example = "2026-05-20")
                LocalDate registeredOn,
        @Size(max = Limits.DESCRIPTION) @Schema(example = "校企联合研发团队申请，专利号 ZL2026 1 0000000.0") String description,
        @Schema(
                        description = "TEACHING_RESOURCE only, optional: a course, a textbook, a training package or"
                                + " other; the national data table counts courses and textbooks apart",
                        nullable = true)
                TeachingResourceKind resourceKind)
        implements RecordRequest<AchievementDetails> {

    @Override
    public AchievementDetails toDetails() {
        return new AchievementDetails(type, title, registeredOn, description, resourceKind);
    }
}
