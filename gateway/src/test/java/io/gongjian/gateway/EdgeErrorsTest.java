package io.gongjian.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.testing.KeycloakResource;
import io.gongjian.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever the gateway refuses itself is problem+json, down to what the HTTP layer refuses (request targets and
 * headers too large); and a path that is not in canonical form is refused before routing, so that no dot-segment
 * or encoded variant reaches what routing keeps apart (the management endpoints, another backend's paths).
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeBackends.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class EdgeErrorsTest {

    private static String admin;

    private static String admin() {
        if (admin == null) {
            admin = Tokens.forUser("admin");
        }
        return admin;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/partnerships/../../../q/metrics",
                "/api/v1/partnerships/./42",
                "/api/v1/partnerships/..",
                "/api/v1/partnerships/%2e%2e/%2e%2e/%2e%2e/q/metrics",
                "/api/v1/partnerships/%2E%2E/x",
                "/api/v1/partnerships/..%2f..%2f..%2fq/metrics",
                "/api/v1/partnerships/..%5c..%5cq/metrics",
                "/api/v1/partnerships/%252e%252e/x",
                "/api/v1/partnerships/42%00"
            })
    void aPathNotInCanonicalFormIsRefusedBeforeRouting(String path) throws IOException {
        RawHttp.Answer answer = RawHttp.get(RestAssured.port, path, admin());
        assertEquals(400, answer.status(), path + ": " + answer.body());
        assertEquals("application/problem+json", answer.contentType(), path);
        assertTrue(
                answer.body().contains("\"type\":\"https://gongjian.io/problems/non-canonical-path\""), answer.body());
        assertTrue(answer.headers().containsKey("x-request-id"), path);
    }

    /** Not HTTP at all: refused by the HTTP decoder before the gateway sees them (no hook: quarkusio/quarkus#55082). */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/partnerships\\..\\..\\q\\metrics", "/api/v1/partnerships/%zz"})
    void aRequestTargetThatIsNotAUriIsRefusedByTheDecoder(String path) throws IOException {
        assertEquals(400, RawHttp.get(RestAssured.port, path, admin()).status(), path);
    }

    @Test
    void aRequestVertxCannotRouteGetsProblemJson() throws IOException {
        for (String host : new String[] {"", "Host: a:b:c\r\n"}) {
            RawHttp.Answer answer = RawHttp.exchange(
                    RestAssured.port,
                    "GET /api/v1/partnerships HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n",
                    null);
            assertEquals(400, answer.status(), host + answer.body());
            assertEquals("application/problem+json", answer.contentType(), host);
        }
    }

    @Test
    void theBackendsSeeNoneOfThemAndCanonicalPathsStillPass() throws IOException {
        String token = admin();
        RawHttp.Answer plain = RawHttp.get(RestAssured.port, "/api/v1/partnerships/42/members?x=%2F", token);
        assertEquals(201, plain.status(), plain.body());
        assertTrue(plain.body().contains("\"uri\":\"/api/v1/partnerships/42/members?x=%2F\""), plain.body());
    }

    @Test
    void aRequestTargetTooLongGets414ProblemJson() throws IOException {
        for (int length : new int[] {9_000, 60_000}) {
            RawHttp.Answer answer = RawHttp.get(RestAssured.port, "/api/v1/partnerships?q=" + "a".repeat(length), null);
            assertEquals(414, answer.status(), length + ": " + answer.body());
            assertEquals("application/problem+json", answer.contentType());
            assertTrue(answer.body().contains("at most 8192"), answer.body());
        }
    }

    @Test
    void headersTooLargeGet431ProblemJson() throws IOException {
        for (int size : new int[] {25_000, 60_000}) {
            RawHttp.Answer answer = RawHttp.exchange(
                    RestAssured.port,
                    "GET /api/v1/partnerships HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "b".repeat(size)
                            + "\r\nConnection: close\r\n\r\n",
                    null);
            assertEquals(431, answer.status(), size + ": " + answer.body());
            assertEquals("application/problem+json", answer.contentType());
        }
    }

    @Test
    void aDeclaredBodyOverTheCapGets413BeforeTheTokenIsLookedAt() throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(
                RestAssured.port,
                "POST /api/v1/partnerships HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 20000000\r\nConnection: close\r\n\r\n",
                new byte[4096]);
        assertEquals(413, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.contentType());
        assertTrue(answer.body().contains("20000000 bytes"), answer.body());
    }

    @Test
    void thePlatformDocumentIsServedWhateverTheServicesAnswerAndRevalidatesWith304() {
        // The fake backends serve no document: the platform's comes from the build, not from them.
        String etag = given().get("/openapi")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("info.title", org.hamcrest.Matchers.equalTo("Gongjian API"))
                .body(
                        "paths.'/api/v1/partnerships/{id}/suspend'.post.operationId",
                        org.hamcrest.Matchers.equalTo("suspendPartnership"))
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag).get("/openapi").then().statusCode(304);
    }

    @Test
    void pathsNothingServesGetProblemJson() {
        given().get("/nothing/here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/nothing/here"));
        given().delete("/openapi").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void noneOfTheManagementEndpointsAnswerOnThePublicPort() {
        for (String path :
                List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/health/live", "/q/health/group/backends")) {
            given().get(path).then().statusCode(404).contentType("application/problem+json");
        }
    }
}
