package io.gongjian.evaluation.api;

import io.gongjian.evaluation.domain.InputDetails;
import io.gongjian.evaluation.domain.RectificationDetails;
import io.gongjian.records.api.RecordRequest;
import io.gongjian.records.domain.VersionedRecord;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A rectification item (整改事项), raised open; complete it with POST …/{id}/complete",
        example =
                "{\"partnershipId\": \"6f1c0a52-3c1e-4e49-9a0b-0c2a4e9f1d11\", \"issue\": \"企业方党员参与率偏低\", \"raisedOn\": \"2026-07-01\","
                        + " \"dueOn\": \"2026-10-31\"}")
public record RectificationRequest(
        UUID partnershipId,
        @Size(max = VersionedRecord.MAX_EXTERNAL_REF)
                @Schema(description = RecordRequest.EXTERNAL_REF_DESCRIPTION, nullable = true, example = "OA-2026-0312")
                String externalRef,
        @Schema(maxLength = InputDetails.MAX_ISSUE) String issue,
        @Schema(description = "1949-10-01 … today (Asia/Shanghai)") LocalDate raisedOn,
        @Schema(description = "On or after raisedOn") LocalDate dueOn)
        implements RecordRequest<RectificationDetails> {

    @Override
    public RectificationDetails toDetails() {
        return new RectificationDetails(issue, raisedOn, dueOn, null, null);
    }
}
