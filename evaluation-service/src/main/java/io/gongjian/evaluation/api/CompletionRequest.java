package io.gongjian.evaluation.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(example = "{\"completedOn\": \"2026-09-20\", \"note\": \"已建立党员积分制\"}")
public record CompletionRequest(
        @Schema(description = "On or after raisedOn, not in the future") LocalDate completedOn,
        @Schema(maxLength = 2000) String note) {}
