package io.gongjian.commons.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem+json answers every API operation can give, once for all services, so that no endpoint
 * forgets them: 400, 401, 403, 404 and 422 (and 500, 503, and 415 where a body is taken), each with the Problem
 * schema; and 412 and 428 for every operation that takes If-Match ({@link ETags}). An operation documents the
 * conflicts particular to it (409) with a description; the Problem schema is added here.
 */
public class ProblemResponses implements OASFilter {

    /** Every API operation's problem answers; {@link WriteDocumentation} adds to them. */
    static final Map<String, String> COMMON = Map.of(
            "400", "Unreadable request: malformed JSON, unknown field, unknown enum value or bad query parameter",
            "401", "No valid bearer token from the gongjian realm",
            "403", "Your role may not do this",
            "404", "Nothing there, or nothing in your scope",
            "422", "Readable but against a rule; `field` names the offending input",
            "500", "Unexpected failure; `detail` carries a reference for the operators",
            "503",
                    "The database, the sign-in service or the event broker is unavailable; `Retry-After` says when to try again");

    private static final Map<String, String> CONDITIONAL = Map.of(
            "412", "Changed since you read it",
            "428", "If-Match missing");

    /** Every status {@link ProblemMappers} answers with a problem document. */
    private static final Set<String> PROBLEMS =
            Set.of("400", "401", "403", "404", "406", "409", "410", "412", "415", "422", "428", "500", "503");

    /**
     * The extension members services add to a problem, so that clients can read them typed; sorted, so that the
     * document comes out the same from every build.
     */
    private static final Map<String, Schema> EXTENSIONS = new TreeMap<>(Map.of(
            "currentStatus",
            string("The status the resource is in, when it refused a command").addExample("SUSPENDED"),
            "allowedCommands",
            strings("The lifecycle commands the current status accepts").addExample(List.of("resume", "terminate")),
            "awaitingConfirmationFrom",
            strings("The sides whose admin still has to confirm the draft").addExample(List.of("ENTERPRISE")),
            "currentVersion",
            OASFactory.createSchema()
                    .addType(Schema.SchemaType.INTEGER)
                    .format("int64")
                    .description("The version the resource is at now (412); send it in If-Match after re-reading")
                    .addExample(4),
            "completedOn",
            string("When the rectification item was completed").format("date").addExample("2025-03-31"),
            "partnershipStatus",
            string("The status of the partnership the record belongs to").addExample("SUSPENDED"),
            "service",
            string("The service that is unavailable (gateway)").addExample("evaluation service"),
            "client",
            string("The client whose request rate was limited (gateway)").addExample("gongjian-web"),
            "existingId",
            string("The record already recorded under the request's externalRef (409): amend that one")
                    .format("uuid")
                    .addExample("6f1c0a52-3c1e-4e49-9a0b-0c2a4e9f1d11")));

    private static final String EXAMPLE_PREFIX = "Problem";

    /** One example per status, as the services answer it. */
    private static final Map<String, Map<String, Object>> EXAMPLES = Map.ofEntries(
            example(
                    400,
                    "unreadable-parameter",
                    "Unreadable query parameter",
                    "'abc' is not a valid id (a UUID)",
                    "id"),
            example(
                    401,
                    "unauthenticated",
                    "Unauthenticated",
                    "a valid bearer token from the gongjian realm is required",
                    null),
            example(403, "forbidden", "Forbidden", "your role may not do this", null),
            example(404, "not-found", "Not found", "partnership 6f1c0a52-3c1e-4e49-9a0b-0c2a4e9f1d11 not found", null),
            example(
                    406,
                    "not-acceptable",
                    "Not acceptable",
                    "this API answers in application/json, and where an operation says so in text/csv or XLSX",
                    null),
            example(
                    409,
                    "conflict",
                    "The request conflicts with the current state",
                    "the partnership is SUSPENDED; allowed: resume, terminate",
                    null),
            example(
                    412,
                    "stale-version",
                    "The record changed since you read it",
                    "version 3 is stale; the current version is 4",
                    null),
            example(
                    415,
                    "unsupported-media-type",
                    "Unsupported media type",
                    "send the body with Content-Type: application/json",
                    null),
            example(
                    422,
                    "rule-violation",
                    "The request breaks a rule",
                    "creditCode: the check character should be 'X' (GB 32100-2015)",
                    "creditCode"),
            example(
                    428,
                    "precondition-required",
                    "If-Match required",
                    "send If-Match with the version you read (its ETag)",
                    null),
            example(
                    500,
                    "internal",
                    "Internal error",
                    "an unexpected error occurred; quote reference 0b7d… to the operators",
                    null),
            example(503, "unavailable", "Service unavailable", "the database is unavailable; try again shortly", null));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            Schema problem = openAPI.getComponents().getSchemas().get("Problem");
            if (problem != null) {
                EXTENSIONS.forEach(problem::addProperty);
                problem.setRequired(List.of("type", "title", "status"));
            }
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        // Once each, referred to by every operation's answer of that status: the document stays small.
        new TreeMap<>(EXAMPLES).forEach((status, example) -> openAPI.getComponents()
                .addExample(
                        EXAMPLE_PREFIX + status,
                        OASFactory.createExample()
                                .summary("As the services answer " + status)
                                .value(example)));
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
        // In the order of the statuses, so that the document reads the same build after build.
        new TreeMap<>(COMMON).forEach((status, description) -> addIfMissing(responses, status, description));
        if (operation.getRequestBody() != null) {
            addIfMissing(responses, "415", "The body was sent without Content-Type: application/json");
        }
        if (operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(parameter -> parameter.getIn() == Parameter.In.HEADER
                                && "If-Match".equalsIgnoreCase(parameter.getName()))) {
            new TreeMap<>(CONDITIONAL).forEach((status, description) -> addIfMissing(responses, status, description));
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
            if (EXAMPLES.containsKey(status) && response.getContent() != null) {
                response.getContent().getMediaTypes().forEach((type, media) -> {
                    if (ProblemDetail.MEDIA_TYPE.equals(type)
                            && media.getExample() == null
                            && (media.getExamples() == null
                                    || media.getExamples().isEmpty())) {
                        media.addExample(
                                "problem",
                                OASFactory.createExample().ref("#/components/examples/" + EXAMPLE_PREFIX + status));
                    }
                });
            }
        });
    }

    private static Map.Entry<String, Map<String, Object>> example(
            int status, String kind, String title, String detail, String field) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://gongjian.io/problems/" + kind);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", "/api/v1/partnerships/6f1c0a52-3c1e-4e49-9a0b-0c2a4e9f1d11");
        if (field != null) {
            problem.put("field", field);
        }
        return Map.entry(Integer.toString(status), problem);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    private static Schema strings(String description) {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .description(description);
    }

    private static void addIfMissing(APIResponses responses, String status, String description) {
        if (responses.getAPIResponse(status) == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }
}
