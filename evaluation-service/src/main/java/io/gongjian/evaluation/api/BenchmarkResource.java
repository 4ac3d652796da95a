package io.gongjian.evaluation.api;

import io.gongjian.commons.api.IdempotentWrites;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.CurrentCaller;
import io.gongjian.commons.security.Role;
import io.gongjian.evaluation.application.BenchmarkService;
import io.gongjian.evaluation.application.BenchmarkView;
import io.gongjian.export.ExportMediaTypes;
import io.gongjian.records.api.ListExports;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@IdempotentWrites
@Path("/api/v1/evaluation/benchmarks")
@Tag(
        name = "Benchmarks",
        description = "Benchmark partnerships (标杆) designated for a period, and the relays that hand the host role on:"
                + " a public list")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME})
public class BenchmarkResource {

    @Inject
    BenchmarkService benchmarks;

    @Inject
    CurrentCaller caller;

    @Inject
    ListExports exports;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "designateBenchmark",
            summary = "Designate a partnership a benchmark for a period (bureau officers in their region, platform"
                    + " admins anywhere)",
            description = "The partnership must be ACTIVE and graded GOOD or better today (365-day window, its"
                    + " region's weight scheme); a platform admin may designate one graded lower with an"
                    + " overrideReason. The periods of one partnership do not overlap.")
    @APIResponseSchema(value = BenchmarkView.class, responseCode = "201", responseDescription = "Designated")
    @APIResponse(
            responseCode = "403",
            description = "overrideReason given by a bureau officer: only platform admins override the grade rule")
    @APIResponse(responseCode = "404", description = "No such partnership in your region")
    @APIResponse(responseCode = "409", description = "The period overlaps another of the partnership's")
    @APIResponse(
            responseCode = "422",
            description = "A field is wrong, the partnership is not ACTIVE or is graded below GOOD")
    public RestResponse<BenchmarkView> designate(@NotNull BenchmarkRequest request, UriInfo uri) {
        BenchmarkView designated = benchmarks.designate(caller.get(), request.toRequest());
        return RestResponse.ResponseBuilder.<BenchmarkView>created(uri.getAbsolutePathBuilder()
                        .path(designated.id().toString())
                        .build())
                .entity(designated)
                .build();
    }

    @GET
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME, Role.VIEWER_NAME})
    @Produces({MediaType.APPLICATION_JSON, ExportMediaTypes.CSV, ExportMediaTypes.XLSX})
    @Operation(
            operationId = "listBenchmarks",
            summary = "The benchmarks of every region (or one), latest period first, with their relay chains",
            description = "Readable by everyone signed in.\n\nWith `Accept: text/csv` (UTF-8 with BOM) or `Accept: "
                    + ExportMediaTypes.XLSX + "`: the whole list as a spreadsheet, one row per benchmark with its"
                    + " relay chain in one column; `page` and `size` do not apply.")
    public RestResponse<Page<BenchmarkView>> list(
            @QueryParam("region") @Parameter(description = "Region-code prefix: 2 (province), 4 (city) or 6 digits")
                    String region,
            @QueryParam("state")
                    @Parameter(
                            description = "CURRENT (validFrom ≤ today ≤ validUntil), PAST (validUntil before"
                                    + " today) or ALL (also those still to come), default ALL",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"CURRENT", "PAST", "ALL"}))
                    String state,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        BenchmarkService.Listing listing = benchmarks.listing(region, state);
        return exports.answer(
                () -> benchmarks.list(listing, new PageRequest(page, size, "validFrom", true)),
                ExportTables.BENCHMARKS,
                rows -> benchmarks.all(listing, rows));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME, Role.VIEWER_NAME})
    @Operation(operationId = "getBenchmark", summary = "One benchmark with its relay chain")
    @APIResponseSchema(value = BenchmarkView.class, responseDescription = "The benchmark, its relays in order")
    @APIResponse(responseCode = "404", description = "No such benchmark")
    public BenchmarkView get(@PathParam("id") UUID id) {
        return benchmarks.get(id);
    }

    @POST
    @Path("/{id}/relays")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordBenchmarkRelay",
            summary = "Record a relay: the current host's showcase activity and the next host (bureau officers in"
                    + " the benchmark's region, platform admins anywhere)",
            description = "The activity must be the current host's; the next host an ACTIVE partnership in your"
                    + " region other than the current host. Two relays recorded at once on one chain: one is"
                    + " recorded, the other refused (409).")
    @APIResponseSchema(
            value = BenchmarkView.class,
            responseCode = "201",
            responseDescription = "Recorded: the benchmark with its chain")
    @APIResponse(responseCode = "404", description = "No such benchmark in your region")
    @APIResponse(
            responseCode = "409",
            description = "The chain moved on meanwhile: the activity's partnership handed the host role on already")
    @APIResponse(
            responseCode = "422",
            description = "The activity is not the current host's, or the next host is wrong")
    public RestResponse<BenchmarkView> recordRelay(
            @PathParam("id") UUID id, @NotNull RelayRequest request, UriInfo uri) {
        BenchmarkView recorded = benchmarks.recordRelay(
                caller.get(), id, request.activityId(), request.nextPartnershipId(), request.note());
        return RestResponse.ResponseBuilder.<BenchmarkView>created(uri.getBaseUriBuilder()
                        .path(BenchmarkResource.class)
                        .path(id.toString())
                        .build())
                .entity(recorded)
                .build();
    }
}
