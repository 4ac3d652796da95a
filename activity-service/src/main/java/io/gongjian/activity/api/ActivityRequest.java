package io.gongjian.activity.api;

import io.gongjian.activity.domain.ActivityDetails;
import io.gongjian.activity.domain.ActivityType;
import io.gongjian.activity.domain.Limits;
import io.gongjian.events.CoConstructionMode;
import io.gongjian.events.Side;
import io.gongjian.records.api.RecordRequest;
import io.gongjian.records.domain.VersionedRecord;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActivityRequest", description = "A joint activity to log or amend")
public record ActivityRequest(
        @NotNull @Schema(description = "Cannot change on amendment") UUID partnershipId,
        @Size(max = VersionedRecord.MAX_EXTERNAL_REF)
                @Schema(description = RecordRequest.EXTERNAL_REF_DESCRIPTION, nullable = true, example = "OA-2026-0312")
                String externalRef,
        @NotNull @Schema(example = "JOINT_STUDY") ActivityType type,
        @NotNull @Schema(example = "IDEOLOGY") CoConstructionMode mode,
        @NotBlank @Size(max = Limits.TITLE) @Schema(example = "两级党委理论学习中心组联学：学习贯彻党的二十届四中全会精神") String title,
        @NotNull
                @Schema(
                        description = "1949-10-01 … today (Asia/Shanghai), within the partnership's term",
                        example = "2026-03-12")
                LocalDate occurredOn,
        @Size(max = Limits.LOCATION) @Schema(example = "广西汽车集团技术中心") String location,
        @NotNull @Schema(example = "JOINT") Side organisingSide,
        @NotNull
                @Min(0)
                @Max(Limits.PEOPLE)
                @Schema(description = "Party members of the university side who took part", example = "18")
                Integer universityPartyMembers,
        @NotNull
                @Min(0)
                @Max(Limits.PEOPLE)
                @Schema(description = "Party members of the enterprise side who took part", example = "22")
                Integer enterprisePartyMembers,
        @NotNull @Min(1) @Max(Limits.PEOPLE) @Schema(description = "Everybody who attended", example = "56")
                Integer attendance,
        @Size(max = Limits.EVIDENCE_LINKS)
                @Schema(
                        description = "http(s) links to minutes, photos, sign-in sheets",
                        example = "[\"https://dangjian.example.cn/minutes/2026-03-12.pdf\"]")
                List<@Size(max = Limits.LINK) String> evidenceLinks,
        @Schema(
                        description = "The joint facility where it took place, if any: of the same partnership and open"
                                + " on that day",
                        nullable = true)
                UUID facilityId)
        implements RecordRequest<ActivityDetails> {

    @Override
    public ActivityDetails toDetails() {
        return new ActivityDetails(
                type,
                mode,
                title,
                occurredOn,
                location,
                organisingSide,
                universityPartyMembers,
                enterprisePartyMembers,
                attendance,
                evidenceLinks,
                facilityId);
    }
}
