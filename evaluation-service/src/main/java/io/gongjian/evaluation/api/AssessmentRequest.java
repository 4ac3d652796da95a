package io.gongjian.evaluation.api;

import io.gongjian.evaluation.domain.AssessmentDetails;
import io.gongjian.evaluation.domain.Facts.AssessmentKind;
import io.gongjian.evaluation.domain.InputDetails;
import io.gongjian.records.api.RecordRequest;
import io.gongjian.records.domain.VersionedRecord;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "An expert assessment (专家评分)",
        example =
                "{\"partnershipId\": \"6f1c0a52-3c1e-4e49-9a0b-0c2a4e9f1d11\", \"kind\": \"ORG_CONSTRUCTION\", \"score\": 86.5,"
                        + " \"assessedOn\": \"2026-06-30\", \"comment\": \"双支部结对机制健全\"}")
public record AssessmentRequest(
        UUID partnershipId,
        @Size(max = VersionedRecord.MAX_EXTERNAL_REF)
                @Schema(description = RecordRequest.EXTERNAL_REF_DESCRIPTION, nullable = true, example = "OA-2026-0312")
                String externalRef,
        AssessmentKind kind,
        @Schema(description = "0..100") BigDecimal score,
        @Schema(description = "1949-10-01 … today (Asia/Shanghai)") LocalDate assessedOn,
        @Schema(maxLength = InputDetails.MAX_NOTE) String comment)
        implements RecordRequest<AssessmentDetails> {

    @Override
    public AssessmentDetails toDetails() {
        return new AssessmentDetails(kind, score, assessedOn, comment);
    }
}
