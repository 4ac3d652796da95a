package io.gongjian.evaluation.api;

import io.gongjian.commons.api.QueryParameters;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.security.Role;
import io.gongjian.evaluation.api.InputResponses.AssessmentResponse;
import io.gongjian.evaluation.application.InputService;
import io.gongjian.evaluation.domain.Facts.AssessmentKind;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Expert assessments (专家评分) of a partnership. */
@Path("/api/v1/evaluation/assessments")
@Tag(name = "Assessments", description = "Evaluator inputs: assessments (考核评价) of a partnership by its bureau")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME})
public class AssessmentResource extends RecordResource<InputDetails, AssessmentRequest, AssessmentResponse> {

    @Inject
    InputService inputs;

    AssessmentResource() {
        super(InputKind.ASSESSMENT, AssessmentResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordAssessment",
            summary = "Record an assessment (bureau officers of the partnership's region)")
    @APIResponseSchema(
            value = AssessmentResponse.class,
            responseCode = "201",
            responseDescription = "Recorded; the partnership's scores already include it")
    public RestResponse<AssessmentResponse> record(@NotNull @Valid AssessmentRequest request, UriInfo uri) {
        return created(request.partnershipId(), request.externalRef(), request.toDetails(), uri);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportMediaTypes.CSV, ExportMediaTypes.XLSX})
    @Operation(
            operationId = "listAssessments",
            summary = "List what you may see, newest first, paginated and filterable")
    public RestResponse<Page<AssessmentResponse>> list(
            @QueryParam("kind") @Schema(enumeration = {"ORG_CONSTRUCTION", "TEACHING_MODE"}) String kind,
            @Valid @BeanParam InputListParameters parameters) {
        return list(
                parameters.query(InputKind.ASSESSMENT, QueryParameters.enumValue("kind", kind, AssessmentKind.class)),
                parameters,
                AssessmentResponse.TABLE);
    }

    @Override
    protected RecordLifecycle<InputDetails, ?, ?> records() {
        return inputs;
    }
}
