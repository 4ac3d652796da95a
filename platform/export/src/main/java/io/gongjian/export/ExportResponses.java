package io.gongjian.export;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the spreadsheets of every operation that offers them, so that no resource repeats it: an operation
 * whose method {@code @Produces} {@link ExportMediaTypes#CSV} or {@link ExportMediaTypes#XLSX} beside JSON gets, in
 * its 200, those media types as a text and a binary body (not the JSON schema the scan gives every produced type),
 * the 406 it answers to an Accept it cannot serve, and, if it is a paged list, a sentence saying what the export
 * holds. Runs before the platform's conventions (higher priority), which then leave the spreadsheets without JSON
 * examples.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = ExportResponses.BEFORE_THE_CONVENTIONS)
public class ExportResponses implements OASFilter {

    /** Above the conventions' priority (0), so that it runs before them. */
    static final int BEFORE_THE_CONVENTIONS = 5;

    static final String LIST_EXPORT = "With `Accept: text/csv` (UTF-8 with BOM) or `Accept: " + ExportMediaTypes.XLSX
            + "`: the whole list as a spreadsheet, with the same filters, scope and order, streamed; `page` and "
            + "`size` do not apply. Headings in Chinese with the English beside them, enum values by their Chinese "
            + "label.";

    private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                .values()
                .forEach(ExportResponses::document));
    }

    private static void document(Operation operation) {
        APIResponse ok = operation.getResponses() == null
                ? null
                : operation.getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null || ok.getContent().getMediaTypes() == null) {
            return;
        }
        Map<String, MediaType> bodies = ok.getContent().getMediaTypes();
        boolean csv = bodies.containsKey(ExportMediaTypes.CSV);
        boolean xlsx = bodies.containsKey(ExportMediaTypes.XLSX);
        if (!csv && !xlsx) {
            return;
        }
        if (csv) {
            ok.getContent()
                    .addMediaType(
                            ExportMediaTypes.CSV, OASFactory.createMediaType().schema(text()));
        }
        if (xlsx) {
            ok.getContent()
                    .addMediaType(
                            ExportMediaTypes.XLSX, OASFactory.createMediaType().schema(text().format("binary")));
        }
        operation
                .getResponses()
                .addAPIResponse(
                        "406",
                        OASFactory.createAPIResponse()
                                .description("The Accept header names none of the types this operation answers in")
                                .content(OASFactory.createContent()
                                        .addMediaType(
                                                PROBLEM_MEDIA_TYPE,
                                                OASFactory.createMediaType()
                                                        .schema(OASFactory.createSchema()
                                                                .ref("#/components/schemas/Problem")))));
        if (csv && isPaged(operation) && !mentionsTheExport(operation)) {
            operation.setDescription(
                    operation.getDescription() == null
                            ? LIST_EXPORT
                            : operation.getDescription() + "\n\n" + LIST_EXPORT);
        }
    }

    private static Schema text() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static boolean isPaged(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> "page".equals(parameter.getName()));
    }

    /** Operations that say themselves what their spreadsheet holds (the ranking, the score history). */
    private static boolean mentionsTheExport(Operation operation) {
        return operation.getDescription() != null && operation.getDescription().contains("Accept: text/csv");
    }
}
