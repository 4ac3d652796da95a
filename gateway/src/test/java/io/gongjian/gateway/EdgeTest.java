package io.gongjian.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.testing.KeycloakResource;
import io.gongjian.testing.Parallel;
import io.gongjian.testing.TestInfrastructure;
import io.gongjian.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway's own behaviour, against real HTTP servers standing in for the services (see {@link FakeBackends})
 * and real Keycloak tokens: pass-through, correlation ids, limits, CORS, and clear failures within the timeout.
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeBackends.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class EdgeTest {

    // One user per concern: the rate limit counts per client and user.
    private static String admin;
    private static String failures;
    private static String limits;
    private static String viewer;
    private static String bystander;

    @BeforeEach
    void tokens() {
        if (admin == null) {
            admin = Tokens.forUser("admin");
            failures = Tokens.forUser("gx-bureau");
            limits = Tokens.forUser("sz-bureau");
            viewer = Tokens.forUser("viewer");
            bystander = Tokens.forUser("lzzy-admin");
        }
    }

    @Test
    void statusHeadersAndBodyPassThroughAndLocationNamesTheGateway() {
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("{\"title\": \"共建\"}")
                .post("/api/v1/partnerships?x=1")
                .then()
                .statusCode(201)
                .header("ETag", "\"7\"")
                .header(
                        "Location",
                        startsWith("http://localhost:" + io.restassured.RestAssured.port + "/api/v1/partnerships/42"))
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/v1/partnerships?x=1"))
                .body(
                        "bodyBytes",
                        equalTo("{\"title\": \"共建\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8).length))
                .body("Authorization", equalTo("Bearer " + admin))
                .body("Connection", not(equalTo("close-me")));
    }

    @Test
    void aRequestIdIsKeptWhenSentCreatedOtherwiseAndAlwaysForwarded() {
        given().auth()
                .oauth2(admin)
                .header("X-Request-Id", "bureau-45-0001")
                .post("/api/v1/partnerships")
                .then()
                .header("X-Request-Id", "bureau-45-0001")
                .body("X-Request-Id", equalTo("bureau-45-0001"));
        Response created = given().auth().oauth2(admin).post("/api/v1/partnerships");
        String id = created.header("X-Request-Id");
        assertTrue(id != null && id.matches("[0-9a-f-]{36}"), id);
        created.then().body("X-Request-Id", equalTo(id));
        // A header nobody should write into a log is replaced.
        given().auth()
                .oauth2(admin)
                .header("X-Request-Id", "two words\u0007")
                .post("/api/v1/partnerships")
                .then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        // The gateway's own answers carry it too.
        given().header("X-Request-Id", "no-token-1")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(401)
                .header("X-Request-Id", "no-token-1");
    }

    @Test
    void aBackendThatIsDownGives503NamingTheService() {
        given().auth()
                .oauth2(failures)
                .get("/api/v1/activities")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("service", equalTo("activity service"))
                .body("detail", startsWith("the activity service cannot be reached"));
    }

    @Test
    void aSlowBackendGives504WithinTheTimeoutNeverAHang() {
        long started = System.nanoTime();
        given().auth()
                .oauth2(failures)
                .get("/api/v1/evaluation/rankings")
                .then()
                .statusCode(504)
                .contentType("application/problem+json")
                .body("service", equalTo("evaluation service"))
                .time(lessThan(4_000L));
        assertTrue((System.nanoTime() - started) / 1_000_000 >= 900, "waited for the 1 s timeout");
    }

    @Test
    void aBackendThatHangsUpGives502() {
        given().auth()
                .oauth2(failures)
                .get("/api/v1/rude")
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(502), equalTo(503)))
                .contentType("application/problem+json")
                .body("service", equalTo("rude service"));
    }

    @Test
    void aBodyAboveTheLimitGets413() {
        given().auth()
                .oauth2(limits)
                .contentType(ContentType.JSON)
                .body("{\"padding\": \"" + "x".repeat(2_000) + "\"}")
                .post("/api/v1/partnerships")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfterAndOthersAreNotHeldBack() {
        // All at once: one after another, a slow machine stays under 3 per second and never meets the limit.
        List<Response> responses =
                Parallel.run(20, i -> given().auth().oauth2(viewer).post("/api/v1/partnerships"));
        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        Response limited = responses.stream()
                .filter(response -> response.statusCode() == 429)
                .findFirst()
                .orElse(null);
        assertTrue(limited != null, "no 429 among " + statuses);
        limited.then()
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("client", startsWith("gongjian-web/"));
        given().auth().oauth2(bystander).post("/api/v1/partnerships").then().statusCode(201);
    }

    @Test
    void corsPreflightsOfConfiguredOriginsAreAnsweredWithoutAToken() {
        given().header("Origin", "https://front.example.cn")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/api/v1/partnerships/42")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://front.example.cn")
                .header("Access-Control-Allow-Methods", org.hamcrest.Matchers.containsString("PUT"))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")))
                .header("Vary", org.hamcrest.Matchers.containsString("Origin"));
        given().auth()
                .oauth2(limits)
                .header("Origin", "https://front.example.cn")
                .post("/api/v1/partnerships")
                .then()
                .statusCode(201)
                .header("Access-Control-Allow-Origin", "https://front.example.cn")
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("Location"));
        // A browser can read a refusal of its token too.
        given().header("Origin", "https://front.example.cn")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(401)
                .header("Access-Control-Allow-Origin", "https://front.example.cn");
    }

    @Test
    void aRefusedCorsRequestGets403ProblemJsonAndNoAllowOrigin() {
        given().header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/partnerships")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue())
                .body("detail", org.hamcrest.Matchers.containsString("https://evil.example.com"));
        given().header("Origin", "https://front.example.cn")
                .header("Access-Control-Request-Method", "TRACE")
                .options("/api/v1/partnerships")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("TRACE"));
        given().header("Origin", "https://front.example.cn")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization, x-debug")
                .options("/api/v1/partnerships")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("x-debug"));
        given().auth()
                .oauth2(limits)
                .header("Origin", "https://evil.example.com")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void theLandingPageTellsANewcomerWhereToGo() {
        given().get("/")
                .then()
                .statusCode(200)
                .contentType("text/html")
                .body(org.hamcrest.Matchers.containsString("href=\"/q/swagger-ui\""))
                .body(org.hamcrest.Matchers.containsString("href=\"/openapi\""))
                .body(org.hamcrest.Matchers.containsString("href=\"/console/\""))
                .body(org.hamcrest.Matchers.containsString("/realms/gongjian/protocol/openid-connect/token"))
                .body(org.hamcrest.Matchers.containsString("/q/health/group/backends"))
                .body(not(org.hamcrest.Matchers.containsString("href=\"/q/health")));
        // Swagger UI stays on the public port, where the landing page links it (health and metrics do not).
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void theLandingPageLeadsToTheConsoleWhichFindsTheRealmAndLogsInInChinese() {
        given().redirects().follow(false).get("/console").then().statusCode(302).header("Location", "/console/");
        // The app's own folder is the app, not another redirect (a browser would loop).
        given().redirects()
                .follow(false)
                .get("/console/")
                .then()
                .statusCode(200)
                .contentType("text/html");
        String realm = ConfigProvider.getConfig().getValue("gateway.public-realm-url", String.class);
        given().get("/console/config.json")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("authority", equalTo(realm))
                .body("clientId", equalTo("gongjian-web"));

        // The realm's login page, as a browser without a language preference and one preferring Chinese see it.
        RequestSpecification login = given().baseUri(TestInfrastructure.keycloakUrl())
                .basePath("/realms/gongjian/protocol/openid-connect/auth")
                .queryParam("client_id", "gongjian-web")
                .queryParam("response_type", "code")
                .queryParam("scope", "openid")
                .queryParam("redirect_uri", "http://localhost:8080/console/")
                .queryParam("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
                .queryParam("code_challenge_method", "S256");
        login.get().then().statusCode(200).body(containsString("登录"));
        given().spec(login)
                .header("Accept-Language", "zh-CN,zh;q=0.9")
                .get()
                .then()
                .statusCode(200)
                .body(containsString("登录"));
    }
}
