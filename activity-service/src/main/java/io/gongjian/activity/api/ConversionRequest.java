package io.gongjian.activity.api;

import io.gongjian.activity.domain.ConversionDetails;
import io.gongjian.activity.domain.ConversionForm;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConversionRequest", description = "A conversion of a RESEARCH_OUTPUT achievement")
public record ConversionRequest(
        @NotNull @Schema(description = "Not in the future; within the partnership's term", example = "2026-09-01")
                LocalDate convertedOn,
        @NotNull @Schema(example = "LICENSE") ConversionForm form,
        @NotNull @Schema(description = "New output value in 10k CNY, ≥ 0", example = "120.5") BigDecimal outputValue,
        @NotNull @Schema(description = "Jobs created, ≥ 0", example = "6") Integer jobsCreated) {

    ConversionDetails toDetails(UUID achievementId) {
        return new ConversionDetails(achievementId, convertedOn, form, outputValue, jobsCreated);
    }
}
