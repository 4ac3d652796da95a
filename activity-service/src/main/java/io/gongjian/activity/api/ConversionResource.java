package io.gongjian.activity.api;

import io.gongjian.activity.application.RecordService;
import io.gongjian.activity.domain.ConversionForm;
import io.gongjian.activity.domain.RecordDetails;
import io.gongjian.activity.domain.RecordKind;
import io.gongjian.commons.api.ETags;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.security.Role;
import io.gongjian.export.ExportMediaTypes;
import io.gongjian.history.ChangeHistory;
import io.gongjian.records.api.RecordEndpoints;
import io.gongjian.records.application.RecordLifecycle;
import io.gongjian.records.domain.VersionedRecord;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Conversions live under the achievement they convert: each route names it, and finds nothing under another. */
@Path("/api/v1/achievements/{achievementId}/conversions")
@Tag(name = "Conversions", description = "Conversions (成果转化) of RESEARCH_OUTPUT achievements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME})
public class ConversionResource extends RecordEndpoints<RecordDetails, ConversionResponse> {

    @Inject
    RecordService records;

    ConversionResource() {
        super(RecordKind.CONVERSION, ConversionResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordConversion", summary = "Record a conversion of a RESEARCH_OUTPUT achievement")
    @APIResponseSchema(value = ConversionResponse.class, responseCode = "201", responseDescription = "Recorded")
    @APIResponse(responseCode = "409", description = "The partnership is not ACTIVE")
    public RestResponse<ConversionResponse> record(
            @PathParam("achievementId") UUID achievementId, @NotNull @Valid ConversionRequest request, UriInfo uri) {
        return created(
                records.partnershipOfAchievement(caller(), achievementId),
                request.externalRef(),
                request.toDetails(achievementId),
                uri);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportMediaTypes.CSV, ExportMediaTypes.XLSX})
    @Operation(operationId = "listConversions", summary = "The conversions of the achievement, newest first")
    public RestResponse<Page<ConversionResponse>> list(
            @PathParam("achievementId") UUID achievementId, @Valid @BeanParam RecordListParameters parameters) {
        records.partnershipOfAchievement(caller(), achievementId);
        return list(
                parameters.query(RecordKind.CONVERSION, ConversionForm.class).matching("achievementId", achievementId),
                parameters,
                ConversionResponse.TABLE);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getConversion", summary = "Read one conversion")
    @APIResponse(responseCode = "200", description = "With its ETag")
    public RestResponse<ConversionResponse> get(
            @PathParam("achievementId") UUID achievementId, @PathParam("id") UUID id) {
        return current(records.conversionOf(caller(), achievementId, id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "amendConversion",
            summary = "Amend a conversion; If-Match carries the version it is based on")
    @APIResponse(responseCode = "200", description = "Amended")
    public RestResponse<ConversionResponse> amend(
            @PathParam("achievementId") UUID achievementId,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ConversionRequest request) {
        records.conversionOf(caller(), achievementId, id);
        return current(records.amend(
                caller(),
                kind(),
                id,
                ETags.expectedVersion(ifMatch),
                null,
                request.externalRef(),
                request.toDetails(achievementId)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeConversion", summary = "Revoke a conversion with a reason")
    @APIResponse(responseCode = "200", description = "Revoked")
    public RestResponse<ConversionResponse> revoke(
            @PathParam("achievementId") UUID achievementId,
            @PathParam("id") UUID id,
            @QueryParam("reason")
                    @Schema(description = "Why, in words (required)", maxLength = VersionedRecord.MAX_REASON)
                    String reason) {
        records.conversionOf(caller(), achievementId, id);
        return current(records.close(caller(), kind(), id, reason));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getConversionHistory", summary = "Who changed what, when, oldest first")
    public List<ChangeHistory.Entry> history(@PathParam("achievementId") UUID achievementId, @PathParam("id") UUID id) {
        records.conversionOf(caller(), achievementId, id);
        return records.history(caller(), kind(), id);
    }

    @Override
    protected RecordLifecycle<RecordDetails, ?, ?> records() {
        return records;
    }
}
