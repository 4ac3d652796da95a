package io.gongjian.evaluation.api;

import io.gongjian.commons.api.QueryParameters;
import io.gongjian.commons.security.CurrentCaller;
import io.gongjian.commons.security.Role;
import io.gongjian.evaluation.application.NationalDataService;
import io.gongjian.export.ExportMediaTypes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/evaluation/national-data")
@Tag(
        name = "National data",
        description = "Tables of the national vocational-college data standard, derived from the records")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME})
public class NationalDataResource {

    @Inject
    NationalDataService nationalData;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/cooperation")
    @Produces({MediaType.APPLICATION_JSON, ExportMediaTypes.CSV, ExportMediaTypes.XLSX})
    @Operation(
            operationId = "getCooperationTable",
            summary = "产学合作数据 (ODS_CXHZSJ): a row per college, enterprise and year",
            description = "The partnerships that are or were ACTIVE and whose term overlaps the year, the partnerships"
                    + " of the same college and enterprise summed into one row; docs/national-data-table.md maps"
                    + " every field. Platform admins and bureau officers read a region (a bureau its own, the"
                    + " default, or a part of it), organisation admins their own organisation's partnerships.\n\n"
                    + "With `Accept: text/csv` (UTF-8 with BOM) or `Accept: " + ExportMediaTypes.XLSX + "`: the"
                    + " rows as a spreadsheet, headed with the Chinese names and the ODS field codes.")
    @APIResponse(
            responseCode = "200",
            description = "The table, as JSON, CSV or XLSX",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = NationalDataService.CooperationTable.class)),
                @Content(mediaType = ExportMediaTypes.CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = ExportMediaTypes.XLSX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response cooperation(
            @QueryParam("year")
                    @Parameter(
                            description = "The calendar year, 1949 … this year",
                            required = true,
                            schema = @Schema(type = SchemaType.INTEGER, example = "2026"))
                    String year,
            @QueryParam("region")
                    @Parameter(
                            description = "Region-code prefix: 2 (province), 4 (city) or 6 digits; admins and bureau"
                                    + " officers")
                    String region,
            @Context Request request) {
        MediaType type = ExportMediaTypes.chosen(
                request, MediaType.APPLICATION_JSON_TYPE, ExportMediaTypes.CSV_TYPE, ExportMediaTypes.XLSX_TYPE);
        NationalDataService.CooperationTable table =
                nationalData.cooperation(caller.get(), QueryParameters.integer("year", year), region);
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(table).build();
        }
        return ExportTables.COOPERATION.response(
                type, "ODS_CXHZSJ-" + table.year(), rows -> table.rows().forEach(rows));
    }
}
