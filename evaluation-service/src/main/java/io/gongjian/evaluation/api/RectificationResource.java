package io.gongjian.evaluation.api;

import io.gongjian.commons.paging.Page;
import io.gongjian.commons.security.Role;
import io.gongjian.evaluation.api.InputResponses.RectificationResponse;
import io.gongjian.evaluation.application.InputService;
import io.gongjian.evaluation.domain.InputDetails;
import io.gongjian.evaluation.domain.InputKind;
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

/** Rectification items (整改事项) raised from evaluations, until completed. */
@Path("/api/v1/evaluation/rectifications")
@Tag(
        name = "Rectifications",
        description = "Evaluator inputs: rectification items (整改事项) raised from evaluations, until completed")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME})
public class RectificationResource extends RecordResource<InputDetails, RectificationRequest, RectificationResponse> {

    @Inject
    InputService inputs;

    RectificationResource() {
        super(InputKind.RECTIFICATION, RectificationResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordRectification",
            summary = "Record a rectification item (bureau officers of the partnership's region)")
    @APIResponseSchema(
            value = RectificationResponse.class,
            responseCode = "201",
            responseDescription = "Recorded; the partnership's scores already include it")
    public RestResponse<RectificationResponse> record(@NotNull @Valid RectificationRequest request, UriInfo uri) {
        return created(request.partnershipId(), request.externalRef(), request.toDetails(), uri);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportMediaTypes.CSV, ExportMediaTypes.XLSX})
    @Operation(
            operationId = "listRectifications",
            summary = "List what you may see, newest first, paginated and filterable")
    public RestResponse<Page<RectificationResponse>> list(@Valid @BeanParam InputListParameters parameters) {
        return list(parameters.query(InputKind.RECTIFICATION, null), parameters, RectificationResponse.TABLE);
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "completeRectification",
            summary = "Mark the item done (the partnership's parties or its bureau)")
    @APIResponse(responseCode = "200", description = "Completed; the partnership's scores already include it")
    @APIResponse(responseCode = "409", description = "Already completed, or withdrawn")
    public RestResponse<RectificationResponse> complete(
            @PathParam("id") UUID id, @NotNull @Valid CompletionRequest request) {
        return current(inputs.complete(caller(), id, request.completedOn(), request.note()));
    }

    @Override
    protected RecordLifecycle<InputDetails, ?, ?> records() {
        return inputs;
    }
}
