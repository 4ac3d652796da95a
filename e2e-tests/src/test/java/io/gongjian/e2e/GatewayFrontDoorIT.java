package io.gongjian.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.testing.Tokens;
import io.restassured.http.ContentType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The gateway in front of the real services: one API document for front-end teams, addresses and correlation ids
 * that make sense to the caller, and each backend's state in its readiness.
 */
class GatewayFrontDoorIT {

    @Test
    void theMergedDocumentIsValidOpenApiWithEveryPathOfEveryService() {
        String merged = given().get(Platform.gatewayUrl() + "/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(merged, null, options);
        assertTrue(parsed.getMessages().isEmpty(), "invalid: " + parsed.getMessages());
        assertTrue(
                parsed.getOpenAPI().getOpenapi().startsWith("3."),
                parsed.getOpenAPI().getOpenapi());
        Set<String> mergedPaths = parsed.getOpenAPI().getPaths().keySet();
        for (String service : List.of("partnership-service", "activity-service", "evaluation-service")) {
            Map<String, Object> own = given().get(Platform.serviceUrl(service) + "/q/openapi?format=json")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("paths");
            Set<String> apiPaths = new HashSet<>();
            own.keySet().stream().filter(path -> path.startsWith("/api/")).forEach(apiPaths::add);
            assertTrue(apiPaths.size() > 5, service + " documents its API");
            assertTrue(mergedPaths.containsAll(apiPaths), service + " paths missing from /openapi");
        }
        // Each service's own document, through the gateway, is the service's.
        Map<String, Object> viaGateway = given().get(Platform.gatewayUrl() + "/openapi/evaluation")
                .then()
                .statusCode(200)
                .extract()
                .path("paths");
        Map<String, Object> direct = given().get(Platform.serviceUrl("evaluation-service") + "/q/openapi?format=json")
                .then()
                .extract()
                .path("paths");
        assertEquals(direct.keySet(), viaGateway.keySet());
    }

    @Test
    void swaggerUiListsTheMergedDocumentAndEachServicesAndTheLandingPageLinksThem() {
        given().get(Platform.gatewayUrl() + "/q/swagger-ui/")
                .then()
                .statusCode(200)
                .body(containsString("/openapi/partnership"))
                .body(containsString("/openapi/activity"))
                .body(containsString("/openapi/evaluation"));
        given().get(Platform.gatewayUrl() + "/")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/openapi\""))
                .body(containsString(Platform.keycloakUrl() + "/realms/gongjian/account"));
    }

    @Test
    void locationsNameTheGatewayAndRequestIdsReachTheServicesLogs() throws Exception {
        String admin = Tokens.forUser(Platform.keycloakUrl(), "admin");
        String requestId = "e2e-" + UUID.randomUUID();
        given().auth()
                .oauth2(admin)
                .header("X-Request-Id", requestId)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "网关测试党委",
                        "kind", "UNIVERSITY",
                        "level", "COMMITTEE",
                        "institution", "网关测试学院",
                        "creditCode", "12450200498600571A",
                        "regionCode", "450200"))
                .post(Platform.gatewayUrl() + "/api/v1/organizations")
                .then()
                .statusCode(201)
                .header("Location", startsWith(Platform.gatewayUrl() + "/api/v1/organizations/"))
                .header("X-Request-Id", requestId)
                .header("ETag", equalTo("\"1\""));
        Path log = Platform.get().settings().log("partnership-service");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(log)
                .contains("request-id=" + requestId));
    }

    @Test
    void theGatewaysReadinessReportsEachBackend() {
        given().get(Platform.gatewayUrl() + "/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'backends' }.data.partnership", equalTo("UP"))
                .body("checks.find { it.name == 'backends' }.data.activity", equalTo("UP"))
                .body("checks.find { it.name == 'backends' }.data.evaluation", equalTo("UP"));
    }
}
