package io.gongjian.evaluation.api;

import io.gongjian.commons.api.QueryParameters;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.CurrentCaller;
import io.gongjian.commons.security.Role;
import io.gongjian.evaluation.api.workbook.ScoreWorkbook;
import io.gongjian.evaluation.application.HistoryStep;
import io.gongjian.evaluation.application.IndicatorRecords;
import io.gongjian.evaluation.application.PeerPercentiles;
import io.gongjian.evaluation.application.ScoreBasis;
import io.gongjian.evaluation.application.ScoreDocument;
import io.gongjian.evaluation.application.ScoreHistory;
import io.gongjian.evaluation.application.ScoreReport;
import io.gongjian.evaluation.application.ScoreService;
import io.gongjian.evaluation.domain.Indicator;
import io.gongjian.export.ExportMediaTypes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/evaluation/partnerships/{id}")
@Tag(
        name = "Scores",
        description =
                "Effectiveness indicators, dimension and composite scores, their history and the indicator catalogue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME, Role.VIEWER_NAME})
public class ScoreResource {

    @Inject
    ScoreService scores;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/score")
    @Produces({MediaType.APPLICATION_JSON, ExportMediaTypes.XLSX})
    @Operation(
            operationId = "getPartnershipScore",
            summary = "The partnership's composite, dimension and indicator scores, with the records behind each",
            description = "Σ indicators[].weight × indicators[].score gives the composite. The default window as of "
                    + "today is kept current by every event and input; other dates and windows are computed on "
                    + "request.\n\nWith `Accept: " + ExportMediaTypes.XLSX + "`: the score workbook, in which every "
                    + "figure is a formula over the records behind it. Sheets: 总分 Summary (composite, coverage, "
                    + "grade), 参数 Parameters (weights, targets, grade thresholds), one per dimension (each "
                    + "indicator's basis, raw value, score, weight) and one per record kind (ids, dates, values, a "
                    + "link to each record, whether it counts). Opened in Excel, WPS or LibreOffice it shows the "
                    + "figures of the JSON score. Not for viewers (403): it shows the records' contents.")
    @APIResponseSchema(value = ScoreReport.class, responseDescription = "The scores, or the score workbook")
    public Response score(
            @PathParam("id") UUID id,
            @QueryParam("asOf")
                    @Parameter(
                            description = "YYYY-MM-DD, default today (Asia/Shanghai), not in the future",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String asOf,
            @BeanParam ScoreWindow window,
            @Context Request request,
            @Context UriInfo uri) {
        LocalDate date = QueryParameters.date("asOf", asOf);
        if (ExportMediaTypes.chosen(request, MediaType.APPLICATION_JSON_TYPE, ExportMediaTypes.XLSX_TYPE)
                .isCompatible(ExportMediaTypes.XLSX_TYPE)) {
            return workbook(scores.basis(caller.get(), id, date, window.days()), uri);
        }
        ScoreDocument score = scores.score(caller.get(), id, date, window.days());
        return score.isStored()
                ? Response.ok(score.storedJson(), MediaType.APPLICATION_JSON).build()
                : Response.ok(score.computed()).build();
    }

    @GET
    @Path("/score/percentiles")
    @Operation(
            operationId = "getPartnershipPercentiles",
            summary = "Where each of the partnership's raw indicator values stands among its province's partnerships",
            description = "Peers (WEIGHTS.md): the ACTIVE partnerships whose region code shares the partnership's"
                    + " first two digits, the partnership included, for which the indicator is available. Raw values,"
                    + " so the same under any weight scheme; a higher raw value is better for every indicator."
                    + " percentile = 100 × (peers with a lower raw value + 0.5 × other peers with an equal one) ÷"
                    + " (peers − 1), rounded half-up to 1 decimal. Readable by whoever reads the score.")
    public PeerPercentiles percentiles(
            @PathParam("id") UUID id,
            @QueryParam("asOf")
                    @Parameter(
                            description = "YYYY-MM-DD, default today (Asia/Shanghai), not in the future",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String asOf,
            @BeanParam ScoreWindow window) {
        return scores.percentiles(caller.get(), id, QueryParameters.date("asOf", asOf), window.days());
    }

    @GET
    @Path("/score/indicators/{indicator}/records")
    @Operation(
            operationId = "getIndicatorRecords",
            summary = "The records and inputs behind one indicator of the score, page by page",
            description = "The ids the score's `recordIds` lists for the indicator, by business date, whatever their "
                    + "number: a score whose indicators come to more than 1,000 entries lists none inline.")
    public IndicatorRecords indicatorRecords(
            @PathParam("id") UUID id,
            @PathParam("indicator") @Schema(implementation = Indicator.class) String indicator,
            @QueryParam("asOf")
                    @Parameter(
                            description = "YYYY-MM-DD, default today (Asia/Shanghai), not in the future",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String asOf,
            @BeanParam ScoreWindow window,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return scores.recordsBehind(
                caller.get(),
                id,
                QueryParameters.enumValue("indicator", indicator, Indicator.class),
                QueryParameters.date("asOf", asOf),
                window.days(),
                new PageRequest(page, size, "businessDate", false));
    }

    private static Response workbook(ScoreBasis basis, UriInfo uri) {
        URI api = uri.getBaseUri().resolve("api/v1/");
        StreamingOutput body = out -> ScoreWorkbook.write(basis, api, out);
        String file = "score-" + basis.partnership().code().replaceAll("[^A-Za-z0-9_-]", "_") + "-"
                + basis.window().asOf() + ".xlsx";
        return Response.ok(body, ExportMediaTypes.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .build();
    }

    @GET
    @Path("/history")
    @Produces({MediaType.APPLICATION_JSON, ExportMediaTypes.CSV, ExportMediaTypes.XLSX})
    @Operation(
            operationId = "getPartnershipScoreHistory",
            summary = "Composite and dimension scores at the end of each month or quarter",
            description = "Not for viewers. Default: the year up to today, by month; at most 120 points.\n\nWith "
                    + "`Accept: text/csv` (UTF-8 with BOM) or `Accept: " + ExportMediaTypes.XLSX + "`: the same "
                    + "points as a spreadsheet, one row each, a column per dimension.")
    @APIResponseSchema(value = ScoreHistory.class, responseDescription = "The points, as JSON, CSV or XLSX")
    public Response history(
            @PathParam("id") UUID id,
            @QueryParam("from")
                    @Parameter(
                            description = "YYYY-MM-DD, default a year before `to`",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String from,
            @QueryParam("to")
                    @Parameter(
                            description = "YYYY-MM-DD, default today",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String to,
            @QueryParam("step")
                    @Schema(
                            enumeration = {"MONTH", "QUARTER"},
                            defaultValue = "MONTH")
                    String step,
            @BeanParam ScoreWindow window,
            @Context Request request) {
        ScoreHistory history = scores.history(
                caller.get(),
                id,
                QueryParameters.date("from", from),
                QueryParameters.date("to", to),
                QueryParameters.enumValue("step", step, HistoryStep.class),
                window.days());
        MediaType type = ExportMediaTypes.chosen(
                request, MediaType.APPLICATION_JSON_TYPE, ExportMediaTypes.CSV_TYPE, ExportMediaTypes.XLSX_TYPE);
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(history).build();
        }
        return ExportTables.HISTORY.response(
                type, "score-history-" + id, points -> history.points().forEach(points));
    }
}
