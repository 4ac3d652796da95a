package io.gongjian.evaluation.api;

import io.gongjian.evaluation.domain.Facts.RespondentSide;
import io.gongjian.evaluation.domain.Facts.SurveyKind;
import io.gongjian.evaluation.domain.SurveyDetails;
import io.gongjian.records.api.RecordRequest;
import io.gongjian.records.domain.VersionedRecord;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A survey batch (问卷): respondents of one side and their mean answer",
        example =
                "{\"partnershipId\": \"6f1c0a52-3c1e-4e49-9a0b-0c2a4e9f1d11\", \"kind\": \"SATISFACTION\", \"side\": \"ENTERPRISE\","
                        + " \"collectedOn\": \"2026-07-15\", \"respondents\": 40, \"mean\": 88.2}")
public record SurveyRequest(
        UUID partnershipId,
        @Size(max = VersionedRecord.MAX_EXTERNAL_REF)
                @Schema(description = RecordRequest.EXTERNAL_REF_DESCRIPTION, nullable = true, example = "OA-2026-0312")
                String externalRef,
        SurveyKind kind,
        RespondentSide side,
        @Schema(description = "1949-10-01 … today (Asia/Shanghai)") LocalDate collectedOn,
        @Schema(minimum = "1", maximum = "100000") Integer respondents,
        @Schema(description = "0..100") BigDecimal mean)
        implements RecordRequest<SurveyDetails> {

    @Override
    public SurveyDetails toDetails() {
        return new SurveyDetails(kind, side, collectedOn, respondents == null ? 0 : respondents, mean);
    }
}
