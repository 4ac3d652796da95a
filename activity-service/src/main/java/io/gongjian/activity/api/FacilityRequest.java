package io.gongjian.activity.api;

import io.gongjian.activity.domain.FacilityDetails;
import io.gongjian.activity.domain.FacilityKind;
import io.gongjian.activity.domain.Limits;
import io.gongjian.events.CoConstructionMode;
import io.gongjian.events.Side;
import io.gongjian.records.api.RecordRequest;
import io.gongjian.records.domain.VersionedRecord;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FacilityRequest", description = "A joint facility to log or amend")
public record FacilityRequest(
        @NotNull @Schema(description = "Cannot change on amendment") UUID partnershipId,
        @Size(max = VersionedRecord.MAX_EXTERNAL_REF)
                @Schema(description = RecordRequest.EXTERNAL_REF_DESCRIPTION, nullable = true, example = "OA-2026-0312")
                String externalRef,
        @NotNull @Schema(example = "INDUSTRY_COLLEGE") FacilityKind kind,
        @NotBlank @Size(max = Limits.TITLE) @Schema(example = "智能制造产业学院") String name,
        @NotNull @Schema(example = "TALENT") CoConstructionMode mode,
        @NotNull
                @Schema(
                        description = "The party that hosts it",
                        enumeration = {"UNIVERSITY", "ENTERPRISE"},
                        example = "UNIVERSITY")
                Side hostSide,
        @NotNull
                @Schema(
                        description = "1949-10-01 … today (Asia/Shanghai), within the partnership's term",
                        example = "2025-09-01")
                LocalDate openedOn,
        @Schema(
                        description = "Its last open day, once it is closed (openedOn … today); what took place there"
                                + " must lie on or before it",
                        nullable = true)
                LocalDate closedOn,
        @NotNull
                @DecimalMin("0")
                @DecimalMax(Limits.OUTPUT_VALUE)
                @Digits(integer = 7, fraction = Limits.OUTPUT_VALUE_DECIMALS)
                @Schema(description = "Equipment the enterprise contributed, 10k CNY (万元)", example = "850")
                BigDecimal equipmentValue,
        @DecimalMin(value = "0", inclusive = false)
                @DecimalMax("" + Limits.FLOOR_AREA)
                @Digits(integer = 7, fraction = Limits.FLOOR_AREA_DECIMALS)
                @Schema(description = "m²", nullable = true, example = "1200")
                BigDecimal floorArea,
        @Min(1) @Max(Limits.PEOPLE) @Schema(nullable = true, example = "60") Integer seats,
        @Size(max = Limits.EVIDENCE_LINKS)
                @Schema(
                        description = "http(s) links to the agreement, photos, the plaque",
                        example = "[\"https://dangjian.example.cn/facilities/plaque.jpg\"]")
                List<@Size(max = Limits.LINK) String> evidenceLinks)
        implements RecordRequest<FacilityDetails> {

    @Override
    public FacilityDetails toDetails() {
        return new FacilityDetails(
                kind, name, mode, hostSide, openedOn, closedOn, equipmentValue, floorArea, seats, evidenceLinks);
    }
}
