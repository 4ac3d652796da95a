package io.gongjian.evaluation.api;

import io.gongjian.evaluation.domain.InputDetails;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(example = "{\"completedOn\": \"2026-09-20\", \"note\": \"已建立党员积分制\"}")
public record CompletionRequest(
        @Schema(description = "On or after raisedOn, not after today (Asia/Shanghai)") LocalDate completedOn,
        @Schema(maxLength = InputDetails.MAX_NOTE) String note) {}
