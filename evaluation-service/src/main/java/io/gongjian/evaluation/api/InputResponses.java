package io.gongjian.evaluation.api;

import io.gongjian.evaluation.domain.AssessmentDetails;
import io.gongjian.evaluation.domain.Facts;
import io.gongjian.evaluation.domain.InputStatus;
import io.gongjian.evaluation.domain.RectificationDetails;
import io.gongjian.evaluation.domain.SurveyDetails;
import io.gongjian.records.domain.VersionedRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The three inputs as the API shows them. */
final class InputResponses {

    private InputResponses() {}

    record AssessmentResponse(
            UUID id,
            UUID partnershipId,
            @Schema(nullable = true, description = "Your own id for it, if you gave one") String externalRef,
            Facts.AssessmentKind kind,
            BigDecimal score,
            LocalDate assessedOn,
            @Schema(nullable = true) String comment,
            InputStatus status,
            @Schema(nullable = true) String withdrawalReason,
            long version) {

        static AssessmentResponse of(VersionedRecord<?> input) {
            AssessmentDetails d = (AssessmentDetails) input.details();
            return new AssessmentResponse(
                    input.id(),
                    input.partnershipId(),
                    input.externalRef(),
                    d.kind(),
                    d.score(),
                    d.assessedOn(),
                    d.comment(),
                    InputStatus.valueOf(input.status()),
                    input.closingReason(),
                    input.version());
        }
    }

    record SurveyResponse(
            UUID id,
            UUID partnershipId,
            @Schema(nullable = true, description = "Your own id for it, if you gave one") String externalRef,
            Facts.SurveyKind kind,
            Facts.RespondentSide side,
            LocalDate collectedOn,
            int respondents,
            BigDecimal mean,
            InputStatus status,
            @Schema(nullable = true) String withdrawalReason,
            long version) {

        static SurveyResponse of(VersionedRecord<?> input) {
            SurveyDetails d = (SurveyDetails) input.details();
            return new SurveyResponse(
                    input.id(),
                    input.partnershipId(),
                    input.externalRef(),
                    d.kind(),
                    d.side(),
                    d.collectedOn(),
                    d.respondents(),
                    d.mean(),
                    InputStatus.valueOf(input.status()),
                    input.closingReason(),
                    input.version());
        }
    }

    record RectificationResponse(
            UUID id,
            UUID partnershipId,
            @Schema(nullable = true, description = "Your own id for it, if you gave one") String externalRef,
            String issue,
            LocalDate raisedOn,
            LocalDate dueOn,
            boolean completed,
            @Schema(nullable = true) LocalDate completedOn,
            @Schema(nullable = true) String completionNote,
            InputStatus status,
            @Schema(nullable = true) String withdrawalReason,
            long version) {

        static RectificationResponse of(VersionedRecord<?> input) {
            RectificationDetails d = (RectificationDetails) input.details();
            return new RectificationResponse(
                    input.id(),
                    input.partnershipId(),
                    input.externalRef(),
                    d.issue(),
                    d.raisedOn(),
                    d.dueOn(),
                    d.wasCompleted(),
                    d.completedOn(),
                    d.completionNote(),
                    InputStatus.valueOf(input.status()),
                    input.closingReason(),
                    input.version());
        }
    }
}
