package io.gongjian.evaluation.api;

import io.gongjian.commons.api.QueryParameters;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.security.Role;
import io.gongjian.evaluation.api.InputResponses.SurveyResponse;
import io.gongjian.evaluation.application.InputService;
import io.gongjian.evaluation.domain.Facts.SurveyKind;
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

/** Survey batches (问卷) of a partnership's parties and public. */
@Path("/api/v1/evaluation/surveys")
@Tag(name = "Survey batches", description = "Evaluator inputs: satisfaction survey batches (满意度调查) of a partnership")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME})
public class SurveyResource extends RecordResource<InputDetails, SurveyRequest, SurveyResponse> {

    @Inject
    InputService inputs;

    SurveyResource() {
        super(InputKind.SURVEY, SurveyResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordSurveyBatch",
            summary = "Record a survey batch (bureau officers of the partnership's region)")
    @APIResponseSchema(
            value = SurveyResponse.class,
            responseCode = "201",
            responseDescription = "Recorded; the partnership's scores already include it")
    public RestResponse<SurveyResponse> record(@NotNull @Valid SurveyRequest request, UriInfo uri) {
        return created(request.partnershipId(), request.externalRef(), request.toDetails(), uri);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportMediaTypes.CSV, ExportMediaTypes.XLSX})
    @Operation(
            operationId = "listSurveyBatches",
            summary = "List what you may see, newest first, paginated and filterable")
    public RestResponse<Page<SurveyResponse>> list(
            @QueryParam("kind") @Schema(enumeration = {"SATISFACTION", "SOCIAL_INFLUENCE"}) String kind,
            @Valid @BeanParam InputListParameters parameters) {
        return list(
                parameters.query(InputKind.SURVEY, QueryParameters.enumValue("kind", kind, SurveyKind.class)),
                parameters,
                SurveyResponse.TABLE);
    }

    @Override
    protected RecordLifecycle<InputDetails, ?, ?> records() {
        return inputs;
    }
}
