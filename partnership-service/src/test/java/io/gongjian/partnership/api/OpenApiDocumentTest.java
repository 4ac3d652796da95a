package io.gongjian.partnership.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The document front-end teams generate their clients from describes every endpoint and its errors. */
@QuarkusTest
class OpenApiDocumentTest {

    static final List<String> PATHS = List.of(
            "/api/v1/organizations",
            "/api/v1/organizations/{id}",
            "/api/v1/organizations/{id}/member-counts",
            "/api/v1/organizations/{id}/history",
            "/api/v1/partnerships",
            "/api/v1/partnerships/invitations",
            "/api/v1/partnerships/{id}",
            "/api/v1/partnerships/{id}/parties",
            "/api/v1/partnerships/{id}/confirm",
            "/api/v1/partnerships/{id}/activate",
            "/api/v1/partnerships/{id}/suspend",
            "/api/v1/partnerships/{id}/resume",
            "/api/v1/partnerships/{id}/terminate",
            "/api/v1/partnerships/{id}/key-projects",
            "/api/v1/partnerships/{id}/key-projects/{keyProjectId}",
            "/api/v1/partnerships/{id}/targets",
            "/api/v1/partnerships/{id}/history");

    @Test
    void describesEveryEndpointWithItsProblemAnswers() {
        JsonPath document = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        for (String path : PATHS) {
            assertTrue(paths.containsKey(path), "missing " + path);
            paths.get(path).forEach((method, operation) -> {
                Map<String, Object> responses = document.getMap("paths.'" + path + "'." + method + ".responses");
                for (String status : List.of("400", "401", "403", "404", "422")) {
                    assertTrue(responses.containsKey(status), method + " " + path + " does not document " + status);
                }
                assertEquals(
                        "#/components/schemas/Problem",
                        document.getString("paths.'" + path + "'." + method
                                + ".responses.'401'.content.'application/problem+json'.schema.$ref"),
                        method + " " + path);
            });
        }
        assertTrue(document.getMap("components.schemas").containsKey("Problem"));
        // OpenAPI 3.1 writes a schema's example as the first of its "examples".
        assertEquals(
                "12450200498600571A",
                document.getString("components.schemas.OrganizationRequest.properties.creditCode.examples[0]"),
                document.getString("components.schemas.OrganizationRequest.properties.creditCode"));
    }

    @Test
    void documentsTheLifecycleConflictAndTheVersionPreconditions() {
        JsonPath document = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .extract()
                .jsonPath();
        assertTrue(document.getMap("paths.'/api/v1/partnerships/{id}/suspend'.post.responses")
                .containsKey("409"));
        assertTrue(document.getMap("paths.'/api/v1/partnerships/{id}'.put.responses")
                .containsKey("412"));
        assertTrue(document.getMap("paths.'/api/v1/partnerships/{id}'.put.responses")
                .containsKey("428"));
        for (String status : List.of("409", "412", "428")) {
            assertEquals(
                    "#/components/schemas/Problem",
                    document.getString("paths.'/api/v1/partnerships/{id}/confirm'.post.responses.'" + status
                            + "'.content.'application/problem+json'.schema.$ref"),
                    "confirm " + status);
        }
        for (String command : List.of("activate", "suspend", "resume", "terminate")) {
            assertTrue(document.getMap("paths.'/api/v1/partnerships/{id}/" + command + "'.post.responses")
                    .containsKey("412"));
        }
    }

    /** Every POST says it takes an Idempotency-Key, and partnership answers carry the consistency token. */
    @Test
    void documentsIdempotencyKeysAndTheConsistencyToken() {
        JsonPath document = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .extract()
                .jsonPath();
        for (String path : PATHS) {
            if (document.get("paths.'" + path + "'.post") == null) {
                continue;
            }
            String post = "paths.'" + path + "'.post";
            assertTrue(
                    document.getList(post + ".parameters.name").contains("Idempotency-Key"),
                    "POST " + path + " does not document Idempotency-Key");
            for (String status : List.of("409", "422")) {
                assertEquals(
                        "#/components/schemas/Problem",
                        document.getString(
                                post + ".responses.'" + status + "'.content.'application/problem+json'.schema.$ref"),
                        "POST " + path + " " + status);
            }
        }
        assertTrue(document.getMap("paths.'/api/v1/partnerships/{id}/activate'.post.responses.'200'.headers")
                .containsKey("Gongjian-Consistency"));
    }

    /** Front-end teams generate clients: every operation has a name of its own and says what it does. */
    @Test
    void everyOperationHasAUniqueOperationIdASummaryAndItsSuccess() {
        JsonPath document = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .extract()
                .jsonPath();
        java.util.Set<String> operationIds = new java.util.HashSet<>();
        for (String path : PATHS) {
            Map<String, Map<String, Object>> operations = document.getMap("paths.'" + path + "'");
            operations.forEach((method, operation) -> {
                String where = method + " " + path;
                assertTrue(operation.get("operationId") instanceof String, where + " has no operationId");
                assertTrue(operationIds.add((String) operation.get("operationId")), where + " repeats an operationId");
                assertTrue(operation.get("summary") instanceof String, where + " has no summary");
                Map<String, Object> responses = document.getMap("paths.'" + path + "'." + method + ".responses");
                assertTrue(
                        responses.keySet().stream().anyMatch(status -> status.startsWith("2")),
                        where + " does not document its success");
            });
        }
    }
}
