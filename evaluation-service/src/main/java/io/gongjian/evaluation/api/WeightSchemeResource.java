package io.gongjian.evaluation.api;

import io.gongjian.commons.api.IdempotentWrites;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.CurrentCaller;
import io.gongjian.commons.security.Role;
import io.gongjian.evaluation.application.SavedScheme;
import io.gongjian.evaluation.application.WeightSchemeService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@IdempotentWrites
@Path("/api/v1/evaluation/weight-schemes")
@Tag(
        name = "Weight schemes",
        description = "Regional weights of the dimensions and indicators, and default targets (WEIGHTS.md): the scheme"
                + " applying to a region on a date weighs its scores and rankings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME})
public class WeightSchemeResource {

    @Inject
    WeightSchemeService schemes;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createWeightScheme",
            summary = "Save a scheme for a region (bureau officers for their region or one inside it, platform"
                    + " admins for any)",
            description = "The version is the prefix's next. Stored current scores of the partnerships it applies to"
                    + " are recomputed at once when it is already in effect; otherwise from its effectiveFrom on.")
    @APIResponseSchema(value = WeightSchemeResponse.class, responseCode = "201", responseDescription = "Saved")
    @APIResponse(
            responseCode = "422",
            description = "A field is wrong; comparisons too inconsistent carry consistencyRatio and"
                    + " mostInconsistentComparison")
    public RestResponse<WeightSchemeResponse> create(@NotNull WeightSchemeRequest request, UriInfo uri) {
        SavedScheme saved = schemes.create(caller.get(), request.toDraft());
        return RestResponse.ResponseBuilder.<WeightSchemeResponse>created(uri.getAbsolutePathBuilder()
                        .path(saved.scheme().regionPrefix())
                        .path(String.valueOf(saved.scheme().version()))
                        .build())
                .entity(WeightSchemeResponse.of(saved))
                .build();
    }

    @POST
    @Path("/consistency")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "checkPairwiseConsistency",
            summary = "The weights, λmax, CI and CR of a pairwise comparison matrix as it stands, saving nothing",
            description = "For a scheme editor showing the consistency ratio as the matrix is filled in: answered"
                    + " however inconsistent the comparisons are (`acceptable` says whether a scheme may be saved"
                    + " with them, CR ≤ 0.10). A malformed matrix is refused as saving a scheme refuses it.")
    @APIResponseSchema(value = PairwiseConsistency.class, responseDescription = "The weights and consistency")
    @APIResponse(
            responseCode = "422",
            description = "Not a 5×5 matrix, a comparison not one of 1/9 … 9, or a cell on or below the diagonal"
                    + " that is not 1 or the reciprocal: `field` names the cell, e.g. pairwiseComparisons[3][1]")
    public RestResponse<PairwiseConsistency> consistency(@NotNull PairwiseConsistency.Request request) {
        return RestResponse.ok(PairwiseConsistency.of(schemes.consistency(request.pairwiseComparisons())));
    }

    @GET
    @Operation(
            operationId = "listWeightSchemes",
            summary = "The saved schemes (a bureau's: of its region, the regions in it and those containing it), by"
                    + " prefix and version")
    public Page<WeightSchemeResponse> list(
            @QueryParam("regionPrefix") String regionPrefix,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return schemes.list(caller.get(), regionPrefix, new PageRequest(page, size, "regionPrefix", false))
                .map(WeightSchemeResponse::of);
    }

    @GET
    @Path("/{prefix}/{version}")
    @Operation(operationId = "getWeightScheme", summary = "One saved scheme")
    public WeightSchemeResponse get(@PathParam("prefix") String prefix, @PathParam("version") int version) {
        return WeightSchemeResponse.of(schemes.get(caller.get(), prefix, version));
    }
}
