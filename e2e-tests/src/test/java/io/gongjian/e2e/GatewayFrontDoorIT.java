package io.gongjian.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.testing.Tokens;
import io.restassured.http.ContentType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * that make sense to the caller, each backend's state on the management port and nothing of it on the public one,
 * and the same web origins at the gateway and in the realm.
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
                .body(containsString("href=\"/console/\""))
                .body(containsString(Platform.keycloakUrl() + "/realms/gongjian/protocol/openid-connect/token"));
        // The console finds the realm this platform's tokens come from, not the default local one.
        given().get(Platform.gatewayUrl() + "/console/config.json")
                .then()
                .statusCode(200)
                .body("authority", equalTo(Platform.keycloakUrl() + "/realms/gongjian"));
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
    void theGatewaysBackendsGroupReportsEachBackendOnItsManagementPort() {
        given().get(Platform.get().settings().gatewayManagementUrl() + "/q/health/group/backends")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'backends' }.data.partnership", equalTo("UP"))
                .body("checks.find { it.name == 'backends' }.data.activity", equalTo("UP"))
                .body("checks.find { it.name == 'backends' }.data.evaluation", equalTo("UP"));
    }

    /** Issue 17: once every component is up, the one place that says so says UP, naming each. */
    @Test
    void thePlatformIsReadyWhenEveryComponentIs() {
        given().get(Platform.get().settings().gatewayManagementUrl() + "/q/health/group/platform")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'platform' }.data.gateway", equalTo("UP"))
                .body("checks.find { it.name == 'platform' }.data.partnership", equalTo("UP"))
                .body("checks.find { it.name == 'platform' }.data.activity", equalTo("UP"))
                .body("checks.find { it.name == 'platform' }.data.evaluation", equalTo("UP"));
    }

    /** Metrics and health are not on the internet-facing port, however the path is spelled. */
    @Test
    void theGatewaysMetricsAndHealthAreNotPublicByAnyPath() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of(
                "/q/metrics",
                "/q/health",
                "/q/health/ready",
                "/api/v1/partnerships/../../../q/metrics",
                "/api/v1/partnerships/%2e%2e/%2e%2e/%2e%2e/q/metrics",
                "/api/v1/partnerships/..%2f..%2f..%2fq/metrics",
                "/api/v1/partnerships/%2e%2e%2f%2e%2e%2f%2e%2e%2fq%2fmetrics")) {
            // java.net.http sends the path as written: no client-side resolution of the dot-segments.
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(URI.create(Platform.gatewayUrl() + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(answer.statusCode() == 404 || answer.statusCode() == 400, path + " → " + answer.statusCode());
            assertEquals(
                    "application/problem+json",
                    answer.headers().firstValue("Content-Type").orElse(""),
                    path);
            assertFalse(answer.body().contains("jvm_memory"), path);
        }
        given().get(Platform.get().settings().gatewayManagementUrl() + "/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    /**
     * One setting, both ends of a browser login: every web origin of the platform may call the gateway (CORS), fetch
     * tokens from Keycloak (CORS) and be sent back to after the login (redirect URI); any other origin none of it.
     */
    @Test
    void theGatewayAndTheRealmAllowTheSameWebOrigins() {
        List<String> origins = Platform.get().settings().webOrigins();
        assertTrue(origins.contains(Platform.gatewayUrl()), origins.toString());
        for (String origin : origins) {
            given().header("Origin", origin)
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization,content-type")
                    .options(Platform.gatewayUrl() + "/api/v1/partnerships")
                    .then()
                    .statusCode(200)
                    .header("Access-Control-Allow-Origin", origin);
            realmTokenFrom(origin).then().statusCode(200).header("Access-Control-Allow-Origin", origin);
            loginPageRedirectingTo(origin).then().statusCode(200);
        }
        String stranger = "http://localhost:3000";
        given().header("Origin", stranger)
                .header("Access-Control-Request-Method", "POST")
                .options(Platform.gatewayUrl() + "/api/v1/partnerships")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        realmTokenFrom(stranger).then().header("Access-Control-Allow-Origin", nullValue());
        loginPageRedirectingTo(stranger).then().statusCode(400);
    }

    private static io.restassured.response.Response realmTokenFrom(String origin) {
        return given().header("Origin", origin)
                .formParam("grant_type", "password")
                .formParam("client_id", "gongjian-web")
                .formParam("username", "viewer")
                .formParam("password", "viewer")
                .post(Platform.keycloakUrl() + "/realms/gongjian/protocol/openid-connect/token");
    }

    private static io.restassured.response.Response loginPageRedirectingTo(String origin) {
        return given().redirects()
                .follow(false)
                .queryParam("client_id", "gongjian-web")
                .queryParam("response_type", "code")
                .queryParam("scope", "openid")
                .queryParam("redirect_uri", origin + "/callback")
                .queryParam("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
                .queryParam("code_challenge_method", "S256")
                .get(Platform.keycloakUrl() + "/realms/gongjian/protocol/openid-connect/auth");
    }
}
