package io.gongjian.evaluation.api;

import io.gongjian.commons.api.QueryParameters;
import io.gongjian.commons.security.CurrentCaller;
import io.gongjian.commons.security.Role;
import io.gongjian.evaluation.application.HistoryStep;
import io.gongjian.evaluation.application.ScoreDocument;
import io.gongjian.evaluation.application.ScoreHistory;
import io.gongjian.evaluation.application.ScoreReport;
import io.gongjian.evaluation.application.ScoreService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/evaluation/partnerships/{id}")
@Tag(
        name = "Scores",
        description =
                "Effectiveness indicators, dimension and composite scores, their history and the indicator catalogue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME, Role.VIEWER_NAME})
public class ScoreResource {

    @Inject
    ScoreService scores;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/score")
    @Operation(
            operationId = "getPartnershipScore",
            summary = "The partnership's composite, dimension and indicator scores, with the records behind each",
            description =
                    "Σ indicators[].weight × indicators[].score gives the composite. The default window as of "
                            + "today is kept current by every event and input; other dates and windows are computed on request.")
    @APIResponse(
            responseCode = "200",
            description = "The scores",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ScoreReport.class)))
    public Response score(
            @PathParam("id") UUID id,
            @QueryParam("asOf")
                    @Parameter(
                            description = "YYYY-MM-DD, default today (Asia/Shanghai), not in the future",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String asOf,
            @BeanParam ScoreWindow window) {
        ScoreDocument score = scores.score(caller.get(), id, QueryParameters.date("asOf", asOf), window.days());
        return score.isStored()
                ? Response.ok(score.storedJson(), MediaType.APPLICATION_JSON).build()
                : Response.ok(score.computed()).build();
    }

    @GET
    @Path("/history")
    @Operation(
            operationId = "getPartnershipScoreHistory",
            summary = "Composite and dimension scores at the end of each month or quarter",
            description = "Not for viewers. Default: the year up to today, by month; at most 120 points.")
    public ScoreHistory history(
            @PathParam("id") UUID id,
            @QueryParam("from")
                    @Parameter(
                            description = "YYYY-MM-DD, default a year before `to`",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String from,
            @QueryParam("to")
                    @Parameter(
                            description = "YYYY-MM-DD, default today",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String to,
            @QueryParam("step")
                    @Schema(
                            enumeration = {"MONTH", "QUARTER"},
                            defaultValue = "MONTH")
                    String step,
            @BeanParam ScoreWindow window) {
        return scores.history(
                caller.get(),
                id,
                QueryParameters.date("from", from),
                QueryParameters.date("to", to),
                QueryParameters.enumValue("step", step, HistoryStep.class),
                window.days());
    }
}
