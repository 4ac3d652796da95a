package io.gongjian.activity.api;

import io.gongjian.activity.application.RecordService;
import io.gongjian.activity.domain.RecordDetails;
import io.gongjian.activity.domain.RecordKind;
import io.gongjian.commons.api.ETags;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.security.Role;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/facilities")
@Tag(
        name = "Facilities",
        description = "Joint facilities (共建设施) of a partnership: training rooms, labs, industry colleges, training"
                + " bases, party positions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME})
public class FacilityResource extends RecordResource<RecordDetails, FacilityRequest, FacilityResponse> {

    @Inject
    RecordService records;

    FacilityResource() {
        super(RecordKind.FACILITY, FacilityResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "logFacility",
            summary = "Log a joint facility (共建设施) (organisation admins of its partnership's parties)")
    @APIResponseSchema(value = FacilityResponse.class, responseCode = "201", responseDescription = "Logged")
    @APIResponse(responseCode = "409", description = "The partnership is not ACTIVE")
    public RestResponse<FacilityResponse> log(@NotNull @Valid FacilityRequest request, UriInfo uri) {
        return created(request.partnershipId(), request.externalRef(), request.toDetails(), uri);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportMediaTypes.CSV, ExportMediaTypes.XLSX})
    @Operation(
            operationId = "listFacilities",
            summary = "List what you may see, newest opening first, paginated and filterable")
    public RestResponse<Page<FacilityResponse>> list(@Valid @BeanParam FacilityListParameters parameters) {
        return list(parameters.query(), parameters, FacilityResponse.TABLE);
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "closeFacility",
            summary = "Close: its last open day; If-Match carries the version it is based on")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "409", description = "Revoked, or the partnership is not ACTIVE")
    public RestResponse<FacilityResponse> closeFacility(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid FacilityClosure closure) {
        return current(records.closeFacility(caller(), id, ETags.expectedVersion(ifMatch), closure.closedOn()));
    }

    @GET
    @Path("/{id}/usage")
    @Operation(
            operationId = "getFacilityUsage",
            summary = "What took place there: how many activities and exchanges, the first and last of them")
    public FacilityUsageResponse usage(@PathParam("id") UUID id) {
        return FacilityUsageResponse.of(id, records.usageOfFacility(caller(), id));
    }

    @Override
    protected RecordLifecycle<RecordDetails, ?, ?> records() {
        return records;
    }
}
