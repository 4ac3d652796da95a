package io.gongjian.activity.api;

import io.gongjian.activity.domain.ExchangeDetails;
import io.gongjian.activity.domain.ExchangeDirection;
import io.gongjian.activity.domain.ExchangeType;
import io.gongjian.activity.domain.Limits;
import io.gongjian.records.api.RecordRequest;
import io.gongjian.records.domain.VersionedRecord;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExchangeRequest", description = "A talent exchange to log or amend")
public record ExchangeRequest(
        @NotNull @Schema(description = "Cannot change on amendment") UUID partnershipId,
        @Size(max = VersionedRecord.MAX_EXTERNAL_REF)
                @Schema(description = RecordRequest.EXTERNAL_REF_DESCRIPTION, nullable = true, example = "OA-2026-0312")
                String externalRef,
        @NotNull @Schema(example = "INTERNSHIP") ExchangeType type,
        @NotNull @Schema(example = "UNIVERSITY_TO_ENTERPRISE") ExchangeDirection direction,
        @NotNull
                @Schema(
                        description = "1949-10-01 … today (Asia/Shanghai), within the partnership's term",
                        example = "2026-07-01")
                LocalDate occurredOn,
        @NotNull @Min(1) @Max(Limits.PEOPLE) @Schema(example = "45") Integer headcount,
        @Size(max = Limits.DESCRIPTION) @Schema(example = "2026届汽车制造专业顶岗实习第一批") String description,
        @Schema(
                        description = "The joint facility where it took place, if any: of the same partnership and open"
                                + " on that day",
                        nullable = true)
                UUID facilityId)
        implements RecordRequest<ExchangeDetails> {

    @Override
    public ExchangeDetails toDetails() {
        return new ExchangeDetails(type, direction, occurredOn, headcount, description, facilityId);
    }
}
