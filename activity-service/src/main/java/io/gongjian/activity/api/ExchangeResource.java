package io.gongjian.activity.api;

import io.gongjian.activity.application.RecordService;
import io.gongjian.activity.domain.ExchangeType;
import io.gongjian.activity.domain.RecordDetails;
import io.gongjian.activity.domain.RecordKind;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/exchanges")
@Tag(name = "Exchanges", description = "Talent exchanges (人才交流) between the two parties")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME})
public class ExchangeResource extends RecordResource<RecordDetails, ExchangeRequest, ExchangeResponse> {

    @Inject
    RecordService records;

    ExchangeResource() {
        super(RecordKind.EXCHANGE, ExchangeResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "logExchange",
            summary = "Log a talent exchange (人才交流) (organisation admins of its partnership's parties)")
    @APIResponseSchema(value = ExchangeResponse.class, responseCode = "201", responseDescription = "Logged")
    @APIResponse(responseCode = "409", description = "The partnership is not ACTIVE")
    public RestResponse<ExchangeResponse> log(@NotNull @Valid ExchangeRequest request, UriInfo uri) {
        return created(request.partnershipId(), request.externalRef(), request.toDetails(), uri);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportMediaTypes.CSV, ExportMediaTypes.XLSX})
    @Operation(operationId = "listExchanges", summary = "List what you may see, newest first, paginated and filterable")
    public RestResponse<Page<ExchangeResponse>> list(@Valid @BeanParam PlacedListParameters parameters) {
        return list(parameters.query(RecordKind.EXCHANGE, ExchangeType.class), parameters, ExchangeResponse.TABLE);
    }

    @Override
    protected RecordLifecycle<RecordDetails, ?, ?> records() {
        return records;
    }
}
