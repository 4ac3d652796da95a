package io.gongjian.commons.api;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem+json answers every API operation can give, once for all services, so that no endpoint
 * forgets them: 400, 401, 403, 404 and 422 (and 500, 503, and 415 where a body is taken), each with the Problem
 * schema; and 412 and 428 for every operation that takes If-Match ({@link ETags}). An operation documents the
 * conflicts particular to it (409) with a description; the Problem schema is added here.
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

    private static final Map<String, String> CONDITIONAL = Map.of(
            "412", "Changed since you read it",
            "428", "If-Match missing");

    /** Every status {@link ProblemMappers} answers with a problem document. */
    private static final Set<String> PROBLEMS =
            Set.of("400", "401", "403", "404", "409", "412", "415", "422", "428", "500", "503");

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
        COMMON.forEach((status, description) -> addIfMissing(responses, status, description));
        if (operation.getRequestBody() != null) {
            addIfMissing(responses, "415", "The body was sent without Content-Type: application/json");
        }
        if (operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(parameter -> parameter.getIn() == Parameter.In.HEADER
                                && "If-Match".equalsIgnoreCase(parameter.getName()))) {
            CONDITIONAL.forEach((status, description) -> addIfMissing(responses, status, description));
        }
        responses.getAPIResponses().forEach((status, response) -> {
            // Quarkus documents 401 and 403 of secured operations itself, but without a body.
            if (PROBLEMS.contains(status)
                    && (response.getContent() == null
                            || response.getContent().getMediaTypes().isEmpty())) {
                response.content(OASFactory.createContent()
                        .addMediaType(
                                ProblemDetail.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
            }
        });
    }

    private static void addIfMissing(APIResponses responses, String status, String description) {
        if (responses.getAPIResponse(status) == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }
}
