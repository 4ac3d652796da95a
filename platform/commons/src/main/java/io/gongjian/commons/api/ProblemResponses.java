package io.gongjian.commons.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem+json answers every API operation can give, once for all services, so that no endpoint
 * forgets them: 400, 401, 403, 404 and 422 (and 500, 503, and 415 where a body is taken), each with the Problem
 * schema. Answers particular to an operation (409, 412, 428) stay on the operation.
 */
public class ProblemResponses implements OASFilter {

    private static final Map<String, String> COMMON = Map.of(
            "400", "Unreadable request: malformed JSON, unknown field, unknown enum value or bad query parameter",
            "401", "No valid bearer token from the gongjian realm",
            "403", "Your role may not do this",
            "404", "Nothing there, or nothing in your scope",
            "422", "Readable but against a rule; `field` names the offending input",
            "500", "Unexpected failure; `detail` carries a reference for the operators",
            "503", "The database or the sign-in service is unavailable; `Retry-After` says when to try again");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(ProblemResponses::addCommonProblems);
            }
        });
    }

    private static void addCommonProblems(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        Map<String, String> problems = new java.util.TreeMap<>(COMMON);
        if (operation.getRequestBody() != null) {
            problems.put("415", "The body was sent without Content-Type: application/json");
        }
        problems.forEach((status, description) -> {
            APIResponse response = responses.getAPIResponse(status);
            if (response == null) {
                response = OASFactory.createAPIResponse().description(description);
                responses.addAPIResponse(status, response);
            }
            // Quarkus documents 401 and 403 of secured operations itself, but without a body.
            if (response.getContent() == null
                    || response.getContent().getMediaTypes().isEmpty()) {
                response.content(OASFactory.createContent()
                        .addMediaType(
                                ProblemDetail.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
            }
        });
    }
}
