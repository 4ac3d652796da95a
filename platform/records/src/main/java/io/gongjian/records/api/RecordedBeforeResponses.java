package io.gongjian.records.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every operation that records one under the caller's {@code externalRef} ({@link RecordEndpoints#created}) can also
 * answer 200 (recorded before, nothing changed) and 409 (the reference names a record that says something else):
 * documented here once for every record type, from the request body that carries the reference.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class RecordedBeforeResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().stream()
                .map(item -> item.getPOST())
                .filter(post -> post != null && carriesExternalRef(post, openAPI))
                .forEach(RecordedBeforeResponses::document);
    }

    private static void document(Operation post) {
        APIResponse created = post.getResponses().getAPIResponse("201");
        post.getResponses()
                .addAPIResponse(
                        "200",
                        OASFactory.createAPIResponse()
                                .description("Recorded before under this externalRef with the same content: nothing"
                                        + " changed; Content-Location is its address")
                                .content(created.getContent())
                                .addHeader(
                                        "Content-Location",
                                        OASFactory.createHeader()
                                                .description("The record's address")
                                                .schema(OASFactory.createSchema()
                                                        .addType(Schema.SchemaType.STRING))));
        APIResponse conflict = post.getResponses().getAPIResponse("409");
        String clash = "externalRef names a record that says something else (its id is `existingId`: amend it)";
        if (conflict == null) {
            post.getResponses()
                    .addAPIResponse("409", OASFactory.createAPIResponse().description(clash));
        } else {
            conflict.setDescription(conflict.getDescription() + "; or " + clash);
        }
    }

    private static boolean carriesExternalRef(Operation post, OpenAPI openAPI) {
        if (post.getRequestBody() == null
                || post.getRequestBody().getContent() == null
                || post.getResponses() == null
                || post.getResponses().getAPIResponse("201") == null) {
            return false;
        }
        return post.getRequestBody().getContent().getMediaTypes().values().stream()
                .filter(mediaType -> mediaType.getSchema() != null)
                .map(mediaType -> RecordOperationIds.resolve(mediaType.getSchema(), openAPI))
                .anyMatch(schema -> schema != null
                        && schema.getProperties() != null
                        && schema.getProperties().containsKey("externalRef"));
    }
}
