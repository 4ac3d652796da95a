package io.gongjian.evaluation.api;

import io.gongjian.commons.api.ETags;
import io.gongjian.commons.api.ProblemDetail;
import io.gongjian.commons.api.QueryParameters;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.security.CurrentCaller;
import io.gongjian.commons.security.Role;
import io.gongjian.evaluation.api.InputResponses.AssessmentResponse;
import io.gongjian.evaluation.application.InputService;
import io.gongjian.evaluation.domain.Facts.AssessmentKind;
import io.gongjian.evaluation.domain.InputKind;
import io.gongjian.history.ChangeHistory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Expert assessments (专家评分) of a partnership. */
@Path("/api/v1/evaluation/assessments")
@Tag(name = "Evaluator inputs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME})
public class AssessmentResource {

    @Inject
    InputService inputs;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an assessment (bureau officers of the partnership's region)")
    @APIResponse(
            responseCode = "201",
            description = "Recorded; the partnership's scores already include it",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    public Response record(@NotNull @Valid AssessmentRequest request, UriInfo uri) {
        var input = inputs.record(caller.get(), request.partnershipId(), request.toDetails());
        return InputResponses.created(uri, input, AssessmentResponse.of(input));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one, withdrawn ones included")
    @APIResponse(
            responseCode = "200",
            description = "With its ETag",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        var input = inputs.get(caller.get(), InputKind.ASSESSMENT, id);
        return InputResponses.current(input, AssessmentResponse.of(input));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Amend: its latest content counts; If-Match carries the version it is based on")
    @APIResponse(
            responseCode = "200",
            description = "Amended",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(
            responseCode = "412",
            description = "Changed since you read it",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "428",
            description = "If-Match missing",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    public Response amend(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AssessmentRequest request) {
        var input = inputs.amend(
                caller.get(),
                InputKind.ASSESSMENT,
                id,
                ETags.expectedVersion(ifMatch),
                request.partnershipId(),
                request.toDetails());
        return InputResponses.current(input, AssessmentResponse.of(input));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Withdraw with a reason: it stays readable as WITHDRAWN and no longer counts")
    @APIResponse(
            responseCode = "200",
            description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already withdrawn",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    public Response withdraw(
            @PathParam("id") UUID id,
            @QueryParam("reason") @Schema(description = "Why, in words (required)") String reason) {
        var input = inputs.withdraw(caller.get(), InputKind.ASSESSMENT, id, reason);
        return InputResponses.current(input, AssessmentResponse.of(input));
    }

    @GET
    @Operation(summary = "List what you may see, newest first, paginated and filterable")
    public Page<AssessmentResponse> list(
            @QueryParam("kind") @Schema(enumeration = {"ORG_CONSTRUCTION", "TEACHING_MODE"}) String kind,
            @Valid @BeanParam InputListParameters parameters) {
        return inputs.list(
                        caller.get(),
                        parameters.query(
                                InputKind.ASSESSMENT,
                                InputResponses.name(QueryParameters.enumValue("kind", kind, AssessmentKind.class))),
                        parameters.pageRequest())
                .map(AssessmentResponse::of);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Who did what, when, oldest first")
    public List<ChangeHistory.Entry> history(@PathParam("id") UUID id) {
        return inputs.history(caller.get(), InputKind.ASSESSMENT, id);
    }
}
