package io.gongjian.activity.api;

import io.gongjian.activity.application.RecordService;
import io.gongjian.activity.domain.ConversionDetails;
import io.gongjian.activity.domain.ConversionForm;
import io.gongjian.activity.domain.RecordKind;
import io.gongjian.activity.domain.TrackedRecord;
import io.gongjian.commons.api.ETags;
import io.gongjian.commons.api.ProblemDetail;
import io.gongjian.commons.domain.NotFound;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.security.CurrentCaller;
import io.gongjian.commons.security.Role;
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

@Path("/api/v1/achievements/{achievementId}/conversions")
@Tag(name = "Conversions", description = "Conversions (成果转化) of RESEARCH_OUTPUT achievements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME})
public class ConversionResource {

    @Inject
    RecordService records;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a conversion of a RESEARCH_OUTPUT achievement")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = ConversionResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "The partnership is not ACTIVE",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    public Response record(
            @PathParam("achievementId") UUID achievementId, @NotNull @Valid ConversionRequest request, UriInfo uri) {
        UUID partnershipId = records.partnershipOfAchievement(caller.get(), achievementId);
        var conversion = records.log(caller.get(), partnershipId, request.toDetails(achievementId));
        return RecordResponses.created(uri, conversion, ConversionResponse.of(conversion));
    }

    @GET
    @Operation(summary = "The conversions of the achievement, newest first")
    public Page<ConversionResponse> list(
            @PathParam("achievementId") UUID achievementId, @Valid @BeanParam RecordListParameters parameters) {
        records.partnershipOfAchievement(caller.get(), achievementId);
        return records.list(
                        caller.get(),
                        parameters.query(RecordKind.CONVERSION, ConversionForm.class, null, achievementId),
                        parameters.pageRequest())
                .map(ConversionResponse::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one conversion")
    @APIResponse(
            responseCode = "200",
            description = "With its ETag",
            content = @Content(schema = @Schema(implementation = ConversionResponse.class)))
    public Response get(@PathParam("achievementId") UUID achievementId, @PathParam("id") UUID id) {
        var conversion = conversionOf(achievementId, records.get(caller.get(), RecordKind.CONVERSION, id));
        return RecordResponses.current(conversion, ConversionResponse.of(conversion));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Amend a conversion; If-Match carries the version it is based on")
    @APIResponse(
            responseCode = "200",
            description = "Amended",
            content = @Content(schema = @Schema(implementation = ConversionResponse.class)))
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
            @PathParam("achievementId") UUID achievementId,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ConversionRequest request) {
        conversionOf(achievementId, records.get(caller.get(), RecordKind.CONVERSION, id));
        var conversion = records.amend(
                caller.get(),
                RecordKind.CONVERSION,
                id,
                ETags.expectedVersion(ifMatch),
                null,
                request.toDetails(achievementId));
        return RecordResponses.current(conversion, ConversionResponse.of(conversion));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a conversion with a reason")
    @APIResponse(
            responseCode = "200",
            description = "Revoked",
            content = @Content(schema = @Schema(implementation = ConversionResponse.class)))
    public Response revoke(
            @PathParam("achievementId") UUID achievementId,
            @PathParam("id") UUID id,
            @QueryParam("reason") @Schema(description = "Why, in words (required)") String reason) {
        conversionOf(achievementId, records.get(caller.get(), RecordKind.CONVERSION, id));
        var conversion = records.revoke(caller.get(), RecordKind.CONVERSION, id, reason);
        return RecordResponses.current(conversion, ConversionResponse.of(conversion));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Who changed what, when, oldest first")
    public List<ChangeHistory.Entry> history(@PathParam("achievementId") UUID achievementId, @PathParam("id") UUID id) {
        conversionOf(achievementId, records.get(caller.get(), RecordKind.CONVERSION, id));
        return records.history(caller.get(), RecordKind.CONVERSION, id);
    }

    /** A conversion is only found under the achievement it belongs to. */
    private static TrackedRecord<?> conversionOf(UUID achievementId, TrackedRecord<?> conversion) {
        if (!((ConversionDetails) conversion.details()).achievementId().equals(achievementId)) {
            throw new NotFound("conversion", conversion.id());
        }
        return conversion;
    }
}
