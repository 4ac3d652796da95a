package io.gongjian.evaluation.api;

import io.gongjian.commons.api.ETags;
import io.gongjian.evaluation.domain.AssessmentDetails;
import io.gongjian.evaluation.domain.EvaluatorInput;
import io.gongjian.evaluation.domain.Facts;
import io.gongjian.evaluation.domain.InputStatus;
import io.gongjian.evaluation.domain.RectificationDetails;
import io.gongjian.evaluation.domain.SurveyDetails;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The three inputs as the API shows them, and how every input endpoint answers (current state, version as ETag). */
final class InputResponses {

    private InputResponses() {}

    record AssessmentResponse(
            UUID id,
            UUID partnershipId,
            Facts.AssessmentKind kind,
            BigDecimal score,
            LocalDate assessedOn,
            String comment,
            InputStatus status,
            String withdrawalReason,
            long version) {

        static AssessmentResponse of(EvaluatorInput<?> input) {
            AssessmentDetails d = (AssessmentDetails) input.details();
            return new AssessmentResponse(
                    input.id(),
                    input.partnershipId(),
                    d.kind(),
                    d.score(),
                    d.assessedOn(),
                    d.comment(),
                    input.status(),
                    input.withdrawalReason(),
                    input.version());
        }
    }

    record SurveyResponse(
            UUID id,
            UUID partnershipId,
            Facts.SurveyKind kind,
            Facts.RespondentSide side,
            LocalDate collectedOn,
            int respondents,
            BigDecimal mean,
            InputStatus status,
            String withdrawalReason,
            long version) {

        static SurveyResponse of(EvaluatorInput<?> input) {
            SurveyDetails d = (SurveyDetails) input.details();
            return new SurveyResponse(
                    input.id(),
                    input.partnershipId(),
                    d.kind(),
                    d.side(),
                    d.collectedOn(),
                    d.respondents(),
                    d.mean(),
                    input.status(),
                    input.withdrawalReason(),
                    input.version());
        }
    }

    record RectificationResponse(
            UUID id,
            UUID partnershipId,
            String issue,
            LocalDate raisedOn,
            LocalDate dueOn,
            boolean completed,
            LocalDate completedOn,
            String completionNote,
            InputStatus status,
            String withdrawalReason,
            long version) {

        static RectificationResponse of(EvaluatorInput<?> input) {
            RectificationDetails d = (RectificationDetails) input.details();
            return new RectificationResponse(
                    input.id(),
                    input.partnershipId(),
                    d.issue(),
                    d.raisedOn(),
                    d.dueOn(),
                    d.wasCompleted(),
                    d.completedOn(),
                    d.completionNote(),
                    input.status(),
                    input.withdrawalReason(),
                    input.version());
        }
    }

    /** The name of an optional enum filter value. */
    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static Response created(UriInfo uri, EvaluatorInput<?> input, Object body) {
        return Response.created(
                        uri.getAbsolutePathBuilder().path(input.id().toString()).build())
                .tag(ETags.of(input.version()))
                .entity(body)
                .build();
    }

    static Response current(EvaluatorInput<?> input, Object body) {
        return Response.ok(body).tag(ETags.of(input.version())).build();
    }
}
