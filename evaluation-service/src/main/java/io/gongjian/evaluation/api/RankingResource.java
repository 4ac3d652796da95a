package io.gongjian.evaluation.api;

import io.gongjian.commons.api.IdempotentWrites;
import io.gongjian.commons.api.QueryParameters;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.CurrentCaller;
import io.gongjian.commons.security.Role;
import io.gongjian.evaluation.application.Ranking;
import io.gongjian.evaluation.application.RankingScope;
import io.gongjian.evaluation.application.ScoreService;
import io.gongjian.evaluation.application.WhatIfRanking;
import io.gongjian.evaluation.application.WhatIfRankings;
import io.gongjian.export.ExportMediaTypes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@IdempotentWrites
@Path("/api/v1/evaluation/rankings")
@Tag(name = "Rankings", description = "The ACTIVE partnerships of a region ranked by composite score")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.VIEWER_NAME})
public class RankingResource {

    @Inject
    ScoreService scores;

    @Inject
    WhatIfRankings whatIf;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportMediaTypes.CSV, ExportMediaTypes.XLSX})
    @Operation(
            operationId = "getRanking",
            summary = "The ACTIVE partnerships of a region by composite, best first",
            description = "Ties by partnership code; partnerships without a composite last, unranked. Bureau officers "
                    + "rank their own region (the default) or a part of it.\n\nWith `Accept: text/csv` (UTF-8 with "
                    + "BOM) or `Accept: " + ExportMediaTypes.XLSX + "`: the whole ranking as a spreadsheet, same "
                    + "region, date and window, streamed; `page` and `size` do not apply.")
    @APIResponseSchema(
            value = Ranking.class,
            responseDescription = "A page of the ranking, or the whole ranking as CSV or XLSX")
    public Response ranking(
            @QueryParam("region") @Parameter(description = "Region-code prefix: 2 (province), 4 (city) or 6 digits")
                    String region,
            @QueryParam("asOf")
                    @Parameter(
                            description = "YYYY-MM-DD, default today",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String asOf,
            @BeanParam ScoreWindow window,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size,
            @Context Request request) {
        MediaType type = ExportMediaTypes.chosen(
                request, MediaType.APPLICATION_JSON_TYPE, ExportMediaTypes.CSV_TYPE, ExportMediaTypes.XLSX_TYPE);
        LocalDate date = QueryParameters.date("asOf", asOf);
        if (!type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            RankingScope scope = scores.rankingScope(caller.get(), region, date, window.days());
            String file = "ranking-" + (scope.region().isEmpty() ? "all" : scope.region()) + "-"
                    + scope.window().asOf();
            return ExportTables.RANKING.response(type, file, entries -> scores.rankAll(scope, entries));
        }
        return Response.ok(scores.ranking(
                        caller.get(), region, date, window.days(), new PageRequest(page, size, "composite", true)))
                .build();
    }

    @POST
    @Path("/what-if")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getWhatIfRanking",
            summary = "A region's ranking under a scheme given in the request beside the applicable scheme's, with each"
                    + " partnership's rank change",
            description = "\"What if we weighed innovation twice as much?\": the ACTIVE partnerships of the region,"
                    + " ranked as GET rankings ranks them (same region, date and window rules, same roles) once under"
                    + " the scheme applying to the region and once under the scheme in the body, listed in the order"
                    + " of the given scheme (ties by code, those without a composite last). Targets: the agreement's"
                    + " own first, then the given scheme's, then INDICATORS.md's default. The scheme is checked as"
                    + " saving one checks it, but nothing is saved and no score changes.")
    @APIResponseSchema(value = WhatIfRanking.class, responseDescription = "A page of the what-if ranking")
    @APIResponse(
            responseCode = "422",
            description = "The scheme is refused as saving it would be (`field` names its member, e.g."
                    + " dimensionWeights or pairwiseComparisons[0][3]; comparisons too inconsistent carry"
                    + " consistencyRatio and mostInconsistentComparison), or the region, asOf or windowDays is wrong")
    @APIResponse(responseCode = "404", description = "A bureau officer asked for a region outside its own")
    public RestResponse<WhatIfRanking> whatIf(
            @NotNull WhatIfRequest request,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return RestResponse.ok(whatIf.rank(
                caller.get(),
                request.region(),
                request.asOf(),
                request.windowDays(),
                request.weights(),
                new PageRequest(page, size, "composite", true)));
    }
}
