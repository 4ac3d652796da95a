package io.gongjian.evaluation.api;

import io.gongjian.commons.api.QueryParameters;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.CurrentCaller;
import io.gongjian.commons.security.Role;
import io.gongjian.evaluation.application.Ranking;
import io.gongjian.evaluation.application.RankingScope;
import io.gongjian.evaluation.application.ScoreService;
import io.gongjian.export.ExportMediaTypes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/evaluation/rankings")
@Tag(name = "Rankings", description = "The ACTIVE partnerships of a region ranked by composite score")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.VIEWER_NAME})
public class RankingResource {

    @Inject
    ScoreService scores;

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
}
