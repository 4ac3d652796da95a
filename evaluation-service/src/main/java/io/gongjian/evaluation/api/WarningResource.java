package io.gongjian.evaluation.api;

import io.gongjian.commons.api.QueryParameters;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.CurrentCaller;
import io.gongjian.commons.security.Role;
import io.gongjian.evaluation.application.EarlyWarningService;
import io.gongjian.evaluation.application.WarningEntry;
import io.gongjian.evaluation.application.WarningState;
import io.gongjian.evaluation.domain.warnings.WarningKind;
import io.gongjian.export.ExportMediaTypes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/evaluation/warnings")
@Tag(
        name = "Early warnings",
        description = "Partnerships slipping: dormant, rectification overdue, score drop, low coverage (WEIGHTS.md)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME})
public class WarningResource {

    @Inject
    EarlyWarningService warnings;

    @Inject
    CurrentCaller caller;

    /** A page of warnings: the JSON answer, {@link Page}'s fields, named for the API document. */
    @Schema(name = "EarlyWarningPage", description = "A page of early warnings, newest start first")
    public record WarningPage(List<WarningEntry> items, int page, int size, long totalItems, int totalPages) {

        static WarningPage of(Page<WarningEntry> page) {
            return new WarningPage(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
        }
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportMediaTypes.CSV, ExportMediaTypes.XLSX})
    @Operation(
            operationId = "listWarnings",
            summary = "The early warnings of ACTIVE partnerships, newest start first",
            description = "Found by the warning scan as of each day (hourly, and whenever a partnership's current "
                    + "score changes): DORMANT (no activity in the last 90 days of an agreement in force for as long), "
                    + "RECTIFICATION_OVERDUE (one per item past its dueOn and not completed), SCORE_DROP (composite 10 "
                    + "or more below its value 90 days earlier), COVERAGE_LOW (coverage below 0.5). A warning's "
                    + "startedOn is the first day from which it has held without a break; endedOn the first day it no "
                    + "longer held. Bureau officers see their region's, organisation admins their own "
                    + "partnerships'.\n\nWith `Accept: text/csv` (UTF-8 with BOM) or `Accept: " + ExportMediaTypes.XLSX
                    + "`: every warning of the "
                    + "list as a spreadsheet, same filters, streamed; `page` and `size` do not apply.")
    @APIResponseSchema(
            value = WarningPage.class,
            responseDescription = "A page of warnings, or all of them as CSV or XLSX")
    public Response list(
            @QueryParam("region") @Parameter(description = "Region-code prefix: 2 (province), 4 (city) or 6 digits")
                    String region,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = WarningKind.class)) String kind,
            @QueryParam("partnershipId") @Parameter(schema = @Schema(format = "uuid")) String partnershipId,
            @QueryParam("state")
                    @Parameter(
                            description = "OPEN (the default): not ended; ENDED; ALL",
                            schema = @Schema(enumeration = {"OPEN", "ENDED", "ALL"}))
                    String state,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size,
            @Context Request request) {
        MediaType type = ExportMediaTypes.chosen(
                request, MediaType.APPLICATION_JSON_TYPE, ExportMediaTypes.CSV_TYPE, ExportMediaTypes.XLSX_TYPE);
        EarlyWarningService.WarningQuery query = warnings.query(
                caller.get(),
                region,
                QueryParameters.enumValue("kind", kind, WarningKind.class),
                QueryParameters.uuid("partnershipId", partnershipId),
                QueryParameters.enumValue("state", state, WarningState.class));
        if (!type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            String prefix = query.filter().regionPrefix();
            return ExportTables.WARNINGS.response(
                    type,
                    "warnings-" + (prefix.isEmpty() ? "all" : prefix),
                    entries -> warnings.listAll(query, entries));
        }
        return Response.ok(WarningPage.of(warnings.list(query, new PageRequest(page, size, "startedOn", true))))
                .build();
    }
}
