package io.gongjian.evaluation.api.report;

import io.gongjian.commons.api.ProblemDetail;
import io.gongjian.commons.api.QueryParameters;
import io.gongjian.commons.security.CurrentCaller;
import io.gongjian.commons.security.Role;
import io.gongjian.evaluation.application.AnnualReport;
import io.gongjian.evaluation.application.AnnualReports;
import io.gongjian.export.ExportMediaTypes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The annual evaluation report of a partnership, the PDF a bureau files. */
@Path("/api/v1/evaluation/partnerships/{id}/report")
@Tag(name = "Scores")
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME, Role.VIEWER_NAME})
public class AnnualReportResource {

    @Inject
    AnnualReports reports;

    @Inject
    ReportFont font;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(ExportMediaTypes.PDF)
    @Operation(
            operationId = "getPartnershipAnnualReport",
            summary = "The partnership's annual evaluation report (PDF, in Chinese)",
            description = "The document a bureau files for a year: the partnership, its composite, grade and coverage "
                    + "as of 31 December (as of today for the year under way; the figures of `GET …/score?asOf=` that "
                    + "day), a radar of the five dimension scores, the composite at each month's end, every indicator "
                    + "with its raw value, target, score, weight and how they came about, and the rectification items "
                    + "still open that day with their due dates. Not for viewers (403): it shows the history and the "
                    + "rectification items. Set in the configured font with Chinese glyphs (docs/configuration.md, "
                    + "`gongjian.report.font`); without one the service answers 503.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content =
                    @Content(
                            mediaType = ExportMediaTypes.PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "403",
            description = "Viewers: the report shows the score history and the rectification items")
    @APIResponse(
            responseCode = "406",
            description = "Accept names no type this operation serves (application/pdf only)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "`year` is in the future or before 1949")
    @APIResponse(
            responseCode = "503",
            description = "No font with Chinese glyphs is installed (`gongjian.report.font`), or the database is "
                    + "unavailable; `Retry-After` says when to try again")
    public Response report(
            @PathParam("id") UUID id,
            @QueryParam("year")
                    @Parameter(
                            description = "The calendar year reported on, default the current one (Asia/Shanghai)",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int32", example = "2025"))
                    String year)
            throws IOException {
        AnnualReport report = reports.of(caller.get(), id, QueryParameters.integer("year", year));
        byte[] pdf = AnnualReportPdf.render(report, font.require());
        String file = "annual-report-" + report.partnership().code().replaceAll("[^A-Za-z0-9_-]", "_") + "-"
                + report.year() + ".pdf";
        return Response.ok(pdf, ExportMediaTypes.PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .build();
    }
}
