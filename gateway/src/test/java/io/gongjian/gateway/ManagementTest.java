package io.gongjian.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.testing.KeycloakResource;
import io.gongjian.testing.ServiceFoundationContract;
import io.gongjian.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Health and metrics on the management port, for the cluster only: readiness that says what it means (the gateway
 * ready, the backends' states reported truthfully apart from it) and metrics whose labels stay bounded however many
 * ids pass through.
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeBackends.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class ManagementTest {

    /** The gateway's routes in this test (FakeBackends): each prefix exactly, and everything below it. */
    private static final Set<String> ROUTE_TEMPLATES = Set.of(
            "/api/v1/partnerships", "/api/v1/partnerships/**",
            "/api/v1/activities", "/api/v1/activities/**",
            "/api/v1/evaluation", "/api/v1/evaluation/**",
            "/api/v1/rude", "/api/v1/rude/**");

    // Management URLs start at its root path, /q.
    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "/health/group/backends", management = true)
    URL backends;

    @TestHTTPResource(value = "/health/group/platform", management = true)
    URL platform;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void theGatewayIsReadyWhileItsBackendsAreDownAndTheBackendsGroupSaysSoTruthfully() {
        given().get(readiness).then().statusCode(200).body("status", equalTo("UP"));
        String answer = given().get(backends)
                .then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'backends' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'backends' }.data.partnership", equalTo("DOWN (answered 201)"))
                .body("checks.find { it.name == 'backends' }.data.activity", equalTo("DOWN (not reachable)"))
                .body("checks.find { it.name == 'backends' }.data.evaluation", equalTo("DOWN (no answer within 1 s)"))
                .extract()
                .asString();
        assertFalse(answer.contains("Exception"), answer);
        assertFalse(answer.matches("(?s).*localhost:\\d+.*|.*127\\.0\\.0\\.1.*"), answer);
    }

    /** Issue 17: one place says whether the whole platform is ready, and names what is not. */
    @Test
    void thePlatformIsNotReadyWhileABackendIsDownAndSaysWhich() {
        given().get(platform)
                .then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'platform' }.data.gateway", equalTo("UP"))
                .body("checks.find { it.name == 'platform' }.data.activity", equalTo("DOWN (not reachable)"))
                .body("checks.find { it.name == 'platform' }.data.evaluation", equalTo("DOWN (no answer within 1 s)"));
    }

    @Test
    void afterRequestsToAThousandDistinctIdsTheUriLabelsAreTheRoutesNotTheIds() {
        String token = Tokens.forUser("viewer");
        String forged = ServiceFoundationContract.tamperedRegion(Tokens.forUser("gx-bureau"), "44");
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < 1_000; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            switch (i % 4) {
                case 0 -> given().auth().oauth2(token).get("/api/v1/partnerships/" + id); // 201, then 429
                case 1 -> given().get("/api/v1/activities/" + id + "/members"); // 401, no token
                    // 401 both: a bad token before any route (UNKNOWN), none by the route (labelled even when this
                    // test runs alone in its JVM)
                case 2 -> (i % 8 == 2 ? given().auth().oauth2(forged) : given()).get("/api/v1/evaluation/" + id);
                default -> given().get("/unrouted/" + id); // 404
            }
        }
        String scraped = given().get(metrics).then().statusCode(200).extract().asString();
        Set<String> uris = new TreeSet<>();
        Matcher label = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"")
                .matcher(scraped);
        while (label.find()) {
            uris.add(label.group(1));
        }
        for (String uri : uris) {
            assertTrue(ids.stream().noneMatch(uri::contains), "an id in the label " + uri);
        }
        Set<String> apiUris = new TreeSet<>(uris);
        apiUris.removeIf(uri -> !uri.startsWith("/api"));
        assertTrue(ROUTE_TEMPLATES.containsAll(apiUris), apiUris.toString());
        assertTrue(apiUris.size() >= 3, "each route used is labelled: " + uris);
        assertEquals(Set.of(), notExpected(uris), "labels: " + uris);
    }

    /** Labels that are neither a route template nor one of Micrometer's bounded fallbacks. */
    private static Set<String> notExpected(Set<String> uris) {
        Set<String> unexpected = new TreeSet<>(uris);
        unexpected.removeAll(ROUTE_TEMPLATES);
        unexpected.removeAll(Set.of("NOT_FOUND", "UNKNOWN", "REDIRECTION", "root", "/cors-preflight"));
        // The gateway's own routes: the API document and the console's entry points.
        unexpected.removeAll(Set.of("/openapi", "/console", "/console/config.json"));
        return unexpected;
    }
}
