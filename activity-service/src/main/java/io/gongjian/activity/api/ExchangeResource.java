package io.gongjian.activity.api;

import io.gongjian.activity.application.RecordService;
import io.gongjian.activity.domain.ExchangeType;
import io.gongjian.activity.domain.RecordKind;
import io.gongjian.commons.api.ETags;
import io.gongjian.commons.api.ProblemDetail;
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

@Path("/api/v1/exchanges")
@Tag(name = "Exchanges")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME})
public class ExchangeResource {

    @Inject
    RecordService records;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log a talent exchange (人才交流) (organisation admins of its partnership's parties)")
    @APIResponse(
            responseCode = "201",
            description = "Logged",
            content = @Content(schema = @Schema(implementation = ExchangeResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "The partnership is not ACTIVE",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    public Response log(@NotNull @Valid ExchangeRequest request, UriInfo uri) {
        var record = records.log(caller.get(), request.partnershipId(), request.toDetails());
        return RecordResponses.created(uri, record, ExchangeResponse.of(record));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one, revoked ones included")
    @APIResponse(
            responseCode = "200",
            description = "With its ETag",
            content = @Content(schema = @Schema(implementation = ExchangeResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        var record = records.get(caller.get(), RecordKind.EXCHANGE, id);
        return RecordResponses.current(record, ExchangeResponse.of(record));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Amend: its latest content counts; If-Match carries the version it is based on")
    @APIResponse(
            responseCode = "200",
            description = "Amended",
            content = @Content(schema = @Schema(implementation = ExchangeResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "Revoked, or the partnership is not ACTIVE",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
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
            @NotNull @Valid ExchangeRequest request) {
        var record = records.amend(
                caller.get(),
                RecordKind.EXCHANGE,
                id,
                ETags.expectedVersion(ifMatch),
                request.partnershipId(),
                request.toDetails());
        return RecordResponses.current(record, ExchangeResponse.of(record));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke with a reason: it stays readable as REVOKED and no longer counts")
    @APIResponse(
            responseCode = "200",
            description = "Revoked",
            content = @Content(schema = @Schema(implementation = ExchangeResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already revoked",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    public Response revoke(
            @PathParam("id") UUID id,
            @QueryParam("reason") @Schema(description = "Why, in words (required)") String reason) {
        var record = records.revoke(caller.get(), RecordKind.EXCHANGE, id, reason);
        return RecordResponses.current(record, ExchangeResponse.of(record));
    }

    @GET
    @Operation(summary = "List what you may see, newest first, paginated and filterable")
    public Page<ExchangeResponse> list(@Valid @BeanParam RecordListParameters parameters) {
        return records.list(
                        caller.get(),
                        parameters.query(RecordKind.EXCHANGE, ExchangeType.class, null, null),
                        parameters.pageRequest())
                .map(ExchangeResponse::of);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Who changed what, when, oldest first")
    public List<ChangeHistory.Entry> history(@PathParam("id") UUID id) {
        return records.history(caller.get(), RecordKind.EXCHANGE, id);
    }
}
