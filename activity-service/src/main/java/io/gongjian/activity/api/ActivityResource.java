package io.gongjian.activity.api;

import io.gongjian.activity.application.RecordService;
import io.gongjian.activity.domain.ActivityType;
import io.gongjian.activity.domain.RecordDetails;
import io.gongjian.activity.domain.RecordKind;
import io.gongjian.commons.api.QueryParameters;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.security.Role;
import io.gongjian.events.CoConstructionMode;
import io.gongjian.export.ExportMediaTypes;
import io.gongjian.records.api.RecordResource;
import io.gongjian.records.application.RecordLifecycle;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/activities")
@Tag(name = "Activities", description = "Joint activities (共建活动) the two parties log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME})
public class ActivityResource extends RecordResource<RecordDetails, ActivityRequest, ActivityResponse> {

    @Inject
    RecordService records;

    ActivityResource() {
        super(RecordKind.ACTIVITY, ActivityResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "logActivity",
            summary = "Log a joint activity (共建活动) (organisation admins of its partnership's parties)")
    @APIResponseSchema(value = ActivityResponse.class, responseCode = "201", responseDescription = "Logged")
    @APIResponse(responseCode = "409", description = "The partnership is not ACTIVE")
    public RestResponse<ActivityResponse> log(@NotNull @Valid ActivityRequest request, UriInfo uri) {
        return created(request.partnershipId(), request.externalRef(), request.toDetails(), uri);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportMediaTypes.CSV, ExportMediaTypes.XLSX})
    @Operation(
            operationId = "listActivities",
            summary = "List what you may see, newest first, paginated and filterable")
    public RestResponse<Page<ActivityResponse>> list(
            @Valid @BeanParam PlacedListParameters parameters,
            @QueryParam("mode") @Schema(enumeration = {"IDEOLOGY", "ORGANIZATION", "TALENT", "INNOVATION", "CULTURE"})
                    String mode) {
        return list(
                parameters
                        .query(RecordKind.ACTIVITY, ActivityType.class)
                        .matching("mode", QueryParameters.enumValue("mode", mode, CoConstructionMode.class)),
                parameters,
                ActivityResponse.TABLE);
    }

    @Override
    protected RecordLifecycle<RecordDetails, ?, ?> records() {
        return records;
    }
}
