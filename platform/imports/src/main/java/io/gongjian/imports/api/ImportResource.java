package io.gongjian.imports.api;

import io.gongjian.commons.api.IdempotentWrites;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.commons.security.Caller;
import io.gongjian.commons.security.CurrentCaller;
import io.gongjian.commons.security.Role;
import io.gongjian.export.ExportColumn;
import io.gongjian.export.ExportMediaTypes;
import io.gongjian.export.TableExport;
import io.gongjian.imports.application.ImportBinding;
import io.gongjian.imports.application.ImportBindings;
import io.gongjian.imports.application.ImportConfig;
import io.gongjian.imports.application.ImportJob;
import io.gongjian.imports.application.ImportJobStore;
import io.gongjian.imports.application.ImportJobs;
import io.gongjian.imports.domain.ImportKind;
import io.gongjian.imports.domain.ImportMode;
import io.gongjian.imports.domain.RowProblem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The same operations in every service that imports, over the kinds of all of them ({@link ImportKind}): the gateway
 * sends an upload to the service of its {@code kind}, and a job's URLs carry the kind so that it can send them on
 * too. A service answers 422 for a kind it does not keep.
 */
@Path("/api/v1/imports")
@Tag(name = "Imports", description = "Records from spreadsheets (CSV or XLSX), as jobs with a per-row report")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME})
@IdempotentWrites
public class ImportResource {

    /** The multipart body of an upload, as the API document describes it. */
    @Schema(name = "ImportUpload")
    public record Upload(
            @Schema(
                            type = SchemaType.STRING,
                            format = "binary",
                            description = "CSV (UTF-8 or GBK) or XLSX (first sheet); the first row heads the columns")
                    String file,
            @Schema(implementation = ImportKindCode.class) String kind,
            @Schema(enumeration = {"atomic", "valid-rows"}) String mode) {}

    @Inject
    CurrentCaller caller;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportBindings bindings;

    @Inject
    ImportConfig config;

    @Inject
    ValidatorFactory validation;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            operationId = "startImport",
            summary = "Import records from a spreadsheet: every row passes the rules, scope and events of a single"
                    + " POST; atomic writes nothing unless every row passes, valid-rows writes the rows that pass")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(implementation = Upload.class)))
    @APIResponse(responseCode = "202", description = "Started: Location is the job")
    @APIResponse(
            responseCode = "422",
            description = "The file as a whole cannot be imported (encoding, headings, size, rows)")
    public RestResponse<ImportJobResponse> start(
            @RestForm("file") @Schema(hidden = true) FileUpload file,
            @RestForm("kind") @Schema(hidden = true) String kind,
            @RestForm("mode") @Schema(hidden = true) String mode,
            UriInfo uri) {
        ImportBinding<?> binding = bindings.named(kind);
        ImportMode importMode =
                ImportMode.ofCode(mode).orElseThrow(() -> new RuleViolation("mode", "import.unknown-mode", mode));
        ImportJob job = jobs.start(
                caller.get(),
                binding,
                importMode,
                UploadedImport.keep(uploaded(file), file.fileName(), binding, validation, config.maxRows()));
        return RestResponse.ResponseBuilder.<ImportJobResponse>create(RestResponse.Status.ACCEPTED)
                .location(uri.getBaseUriBuilder()
                        .path(ImportJobResponse.path(job))
                        .build())
                .entity(ImportJobResponse.of(job))
                .build();
    }

    @GET
    @Path("/{kind}/{id}")
    @Operation(operationId = "getImport", summary = "An import you started: its state, rows read, accepted and refused")
    @APIResponse(responseCode = "200", description = "The job")
    public ImportJobResponse get(
            @PathParam("kind") @Schema(implementation = ImportKindCode.class) String kind, @PathParam("id") UUID id) {
        return ImportJobResponse.of(jobs.get(caller.get(), bindings.named(kind).kind(), id));
    }

    @GET
    @Path("/{kind}/{id}/report")
    @Produces({ExportMediaTypes.CSV, ExportMediaTypes.XLSX})
    @Operation(
            operationId = "getImportReport",
            summary = "The refused rows, each with its row number, columns, rules and reasons (zh, en) beside its"
                    + " cells as uploaded: fix them and upload only these",
            description = "CSV (UTF-8 with BOM) by default, or `Accept: " + ExportMediaTypes.XLSX + "`.")
    @APIResponse(
            responseCode = "200",
            description = "CSV, UTF-8 with BOM, or XLSX",
            content = {
                @Content(mediaType = ExportMediaTypes.CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = ExportMediaTypes.XLSX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response report(
            @PathParam("kind") @Schema(implementation = ImportKindCode.class) String kind,
            @PathParam("id") UUID id,
            @Context Request request) {
        Caller who = caller.get();
        ImportKind importKind = bindings.named(kind).kind();
        ImportJob job = jobs.get(who, importKind, id);
        List<ExportColumn<ImportJobStore.RefusedRow>> columns = new ArrayList<>(List.of(
                ExportColumn.of("行号", "row", ImportJobStore.RefusedRow::number),
                ExportColumn.of("列", "column", row -> joined(row, problem -> problem.column())),
                ExportColumn.of("规则", "rule", row -> joined(row, problem -> problem.rule())),
                ExportColumn.of("说明", "", row -> joined(row, problem -> problem.chinese())),
                ExportColumn.of("", "message", row -> joined(row, problem -> problem.english()))));
        for (int h = 0; h < job.headings().size(); h++) {
            int at = h;
            columns.add(ExportColumn.of(
                    job.headings().get(h),
                    "",
                    row -> at < row.values().size() ? row.values().get(at) : null));
        }
        return new TableExport<>("report", columns)
                .response(
                        ExportMediaTypes.chosen(request, ExportMediaTypes.CSV_TYPE, ExportMediaTypes.XLSX_TYPE),
                        "import-" + id + "-report",
                        each -> jobs.refusedRows(who, importKind, id, each));
    }

    @GET
    @Path("/templates/{kind}")
    @Produces(ExportMediaTypes.XLSX)
    @Operation(
            operationId = "getImportTemplate",
            summary = "The workbook to fill in: Chinese and English headings, an example row, drop-downs of the Chinese"
                    + " labels of every enum column")
    @APIResponse(
            responseCode = "200",
            description = "XLSX",
            content =
                    @Content(
                            mediaType = ExportMediaTypes.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template(@PathParam("kind") @Schema(implementation = ImportKindCode.class) String kind) {
        ImportBinding<?> binding = bindings.named(kind);
        StreamingOutput body = out -> ImportTemplate.write(binding, config.maxRows(), out);
        return Response.ok(body, ExportMediaTypes.XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + binding.kind().code() + "-template.xlsx\"")
                .build();
    }

    private static String joined(ImportJobStore.RefusedRow row, Function<RowProblem, String> part) {
        return row.problems().stream()
                .map(part)
                .map(text -> text == null ? "" : text)
                .collect(Collectors.joining("; "));
    }

    private java.nio.file.Path uploaded(FileUpload file) {
        if (file == null) {
            throw new RuleViolation("file", "import.file-required");
        }
        if (file.size() > config.maxFileBytes()) {
            throw new RuleViolation("file", "import.too-large", file.size(), config.maxFileBytes());
        }
        return file.uploadedFile();
    }
}
