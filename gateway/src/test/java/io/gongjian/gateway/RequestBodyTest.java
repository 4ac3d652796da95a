package io.gongjian.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.testing.KeycloakResource;
import io.gongjian.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The body cap holds however a body is sent (here 1000 bytes, 1 s to send it): counted as chunks arrive, refused
 * with 413 problem+json before the backend sees any of it, and a body announced and never sent gets 408 quickly
 * without the backend being called at all.
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeBackends.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class RequestBodyTest {

    private static String token;

    @BeforeEach
    void token() {
        if (token == null) {
            token = Tokens.forUser("gx-bureau");
        }
    }

    @Test
    void anUploadMayBeLargerThanOtherBodiesAndGoesToTheServiceOfItsKind() {
        // Each import test as a user of its own: the rate limit (burst 6) is per client and user.
        String token = Tokens.forUser("lzzy-admin");
        byte[] file = new byte[50_000];
        java.util.Arrays.fill(file, (byte) 'a');
        RestAssured.given()
                .auth()
                .oauth2(token)
                .multiPart("mode", "atomic")
                .multiPart("file", "organizations.csv", file, "text/csv")
                .multiPart("kind", "organizations") // after the file: the whole body is parsed
                .post("/api/v1/imports")
                .then()
                .statusCode(201) // the echo's answer
                .body("uri", org.hamcrest.Matchers.equalTo("/api/v1/imports"))
                .body("bodyBytes", org.hamcrest.Matchers.greaterThan(50_000));
        RestAssured.given()
                .auth()
                .oauth2(token)
                .multiPart("file", "big.csv", new byte[150_000], "text/csv")
                .multiPart("kind", "organizations")
                .post("/api/v1/imports")
                .then()
                .statusCode(413)
                .body("detail", org.hamcrest.Matchers.containsString("at most 100000 bytes"));
        // Every other route keeps its own cap.
        RestAssured.given()
                .auth()
                .oauth2(token)
                .multiPart("file", "organizations.csv", file, "text/csv")
                .multiPart("kind", "organizations")
                .post("/api/v1/partnerships")
                .then()
                .statusCode(413);
    }

    @Test
    void aJobsReportAndTemplateGoToTheServiceOfTheKindInTheirPath() {
        String token = Tokens.forUser("gxqc-admin");
        for (String path : new String[] {
            "/api/v1/imports/partnerships/4c1e4a0e-7b0e-4f43-9b8e-0d5c3f6f2a11",
            "/api/v1/imports/organizations/4c1e4a0e-7b0e-4f43-9b8e-0d5c3f6f2a11/report",
            "/api/v1/imports/templates/organizations"
        }) {
            RestAssured.given()
                    .auth()
                    .oauth2(token)
                    .get(path)
                    .then()
                    .statusCode(201)
                    .body("uri", org.hamcrest.Matchers.equalTo(path));
        }
    }

    @Test
    void aKindNoServiceImportsGets422NamingKind() {
        String token = Tokens.forUser("sz-bureau");
        RestAssured.given()
                .auth()
                .oauth2(token)
                .multiPart("file", "a.csv", new byte[10], "text/csv")
                .multiPart("kind", "meetings")
                .post("/api/v1/imports")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("field", org.hamcrest.Matchers.equalTo("kind"))
                .body("detail", org.hamcrest.Matchers.containsString("organizations"));
        RestAssured.given()
                .auth()
                .oauth2(token)
                .multiPart("file", "a.csv", new byte[10], "text/csv")
                .post("/api/v1/imports")
                .then()
                .statusCode(422)
                .body("field", org.hamcrest.Matchers.equalTo("kind"));
        for (String path : new String[] {"/api/v1/imports/meetings/1", "/api/v1/imports/templates/meetings"}) {
            RestAssured.given()
                    .auth()
                    .oauth2(token)
                    .get(path)
                    .then()
                    .statusCode(422)
                    .body("field", org.hamcrest.Matchers.equalTo("kind"));
        }
    }

    @Test
    void aChunkedBodyWithinTheCapReachesTheBackendWhole() throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(RestAssured.port, chunkedPost(), RawHttp.chunked(900));
        assertEquals(201, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"bodyBytes\":900"), answer.body());
    }

    @Test
    void aChunkedBodyOverTheCapGets413AndTheBackendNothing() throws IOException {
        for (int size : new int[] {5_000, 20_000_000}) {
            RawHttp.Answer answer = RawHttp.exchange(RestAssured.port, chunkedPost(), RawHttp.chunked(size));
            assertEquals(413, answer.status(), size + " bytes: " + answer.body());
            assertEquals("application/problem+json", answer.contentType());
            assertTrue(answer.body().contains("at most 1000 bytes"), answer.body());
        }
        assertTrue(receivedByTheBackend().allMatch(bytes -> bytes <= 1000), "the backend received an oversized body");
    }

    @Test
    void aClientThatWritesItsWholeRefusedBodyBeforeReadingStillGetsThe413() throws IOException {
        // The gateway reads and drops the rest of a refused body before it closes: closed on unread bytes, the
        // connection would be reset under the client, which would see a broken pipe instead of the answer.
        String head = "POST /api/v1/partnerships HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nConnection: close\r\n";
        byte[] announced = new byte[60_000];
        for (RawHttp.Answer answer : List.of(
                RawHttp.exchangeWritingAllFirst(RestAssured.port, head + "Content-Length: 60000\r\n\r\n", announced),
                RawHttp.exchangeWritingAllFirst(
                        RestAssured.port, head + "Transfer-Encoding: chunked\r\n\r\n", RawHttp.chunked(60_000)))) {
            assertEquals(413, answer.status(), answer.body());
            assertTrue(answer.body().contains("at most 1000 bytes"), answer.body());
        }
    }

    @Test
    void aChunkedBodyOverTheCapFromAJavaClientGets413NotABadGateway() throws Exception {
        // A client that streams a body of unknown length (Transfer-Encoding: chunked), as HttpClient does here.
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + RestAssured.port + "/api/v1/partnerships"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new java.io.ByteArrayInputStream(new byte[50_000])))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(413, answer.statusCode(), answer.body());
        assertEquals(
                "application/problem+json",
                answer.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void aBodyAnnouncedAndNeverSentGets408QuicklyAndNeverReachesTheBackend() throws IOException {
        long before = receivedByTheBackend().count();
        RawHttp.Answer answer = RawHttp.exchange(
                RestAssured.port,
                "POST /api/v1/partnerships HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                        + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\nConnection: close\r\n\r\n",
                null);
        assertEquals(408, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.contentType());
        assertTrue(answer.millis() < 5_000, "answered after " + answer.millis() + " ms");
        assertEquals(before, receivedByTheBackend().count(), "the backend was called");
    }

    private static String chunkedPost() {
        return "POST /api/v1/partnerships HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
    }

    /** The sizes of the bodies the echo backend received whole. */
    private static Stream<Integer> receivedByTheBackend() throws IOException {
        String echo = ConfigProvider.getConfig().getValue("gateway.backends.partnership.url", String.class);
        RawHttp.Answer answer = RawHttp.get(URI.create(echo).getPort(), FakeBackends.RECEIVED, null);
        String list = answer.body().replaceAll("[\\[\\] ]", "");
        return list.isEmpty()
                ? Stream.empty()
                : List.of(list.split(",")).stream().map(Integer::valueOf);
    }
}
