package io.gongjian.activity.api;

import io.gongjian.activity.domain.ExchangeDetails;
import io.gongjian.activity.domain.ExchangeDirection;
import io.gongjian.activity.domain.ExchangeType;
import io.gongjian.records.api.RecordRequest;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExchangeRequest", description = "A talent exchange to log or amend")
public record ExchangeRequest(
        @NotNull @Schema(description = "Cannot change on amendment") UUID partnershipId,
        @NotNull @Schema(example = "INTERNSHIP") ExchangeType type,
        @NotNull @Schema(example = "UNIVERSITY_TO_ENTERPRISE") ExchangeDirection direction,
        @NotNull @Schema(description = "Not in the future; within the partnership's term", example = "2026-07-01")
                LocalDate occurredOn,
        @NotNull @Schema(description = "At least 1", example = "45") Integer headcount,
        @Schema(example = "2026届汽车制造专业顶岗实习第一批") String description)
        implements RecordRequest<ExchangeDetails> {

    @Override
    public ExchangeDetails toDetails() {
        return new ExchangeDetails(type, direction, occurredOn, headcount, description);
    }
}
