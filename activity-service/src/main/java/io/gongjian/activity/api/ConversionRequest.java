package io.gongjian.activity.api;

import io.gongjian.activity.domain.ConversionDetails;
import io.gongjian.activity.domain.ConversionForm;
import io.gongjian.activity.domain.Limits;
import io.gongjian.records.api.RecordRequest;
import io.gongjian.records.domain.VersionedRecord;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConversionRequest", description = "A conversion of a RESEARCH_OUTPUT achievement")
public record ConversionRequest(
        @Size(max = VersionedRecord.MAX_EXTERNAL_REF)
                @Schema(description = RecordRequest.EXTERNAL_REF_DESCRIPTION, nullable = true, example = "OA-2026-0312")
                String externalRef,
        @NotNull
                @Schema(
                        description = "1949-10-01 … today (Asia/Shanghai), within the partnership's term",
                        example = "2026-09-01")
                LocalDate convertedOn,
        @NotNull @Schema(example = "LICENSE") ConversionForm form,
        @NotNull
                @DecimalMin("0")
                @DecimalMax(Limits.OUTPUT_VALUE)
                @Digits(integer = 7, fraction = Limits.OUTPUT_VALUE_DECIMALS)
                @Schema(description = "New output value in 10k CNY (万元), to the yuan", example = "120.5")
                BigDecimal outputValue,
        @NotNull @Min(0) @Max(Limits.JOBS) @Schema(description = "Jobs created", example = "6") Integer jobsCreated,
        @DecimalMin("0")
                @DecimalMax(Limits.OUTPUT_VALUE)
                @Digits(integer = 7, fraction = Limits.OUTPUT_VALUE_DECIMALS)
                @Schema(
                        description = "Optional: what the university side received for it (licence fee, transfer"
                                + " price, service fee) in 10k CNY (万元), to the yuan; the school's technical-service"
                                + " income in the national data table",
                        example = "30",
                        nullable = true)
                BigDecimal universityIncome) {

    ConversionDetails toDetails(UUID achievementId) {
        return new ConversionDetails(achievementId, convertedOn, form, outputValue, jobsCreated, universityIncome);
    }
}
