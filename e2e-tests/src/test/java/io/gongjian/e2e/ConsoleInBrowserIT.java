package io.gongjian.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.localstack.demo.DemoData;
import io.gongjian.testing.TestInfrastructure;
import io.gongjian.testing.Tokens;
import io.restassured.http.ContentType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The console (console/) in a real browser: Debian's Chromium driven by Playwright (console/e2e/journeys.spec.ts)
 * against the gateway of the end-to-end platform, logging in through Keycloak's own login page as each demo role.
 * The platform gets the demo data and a fresh partnership of the Liuzhou polytechnic through the API first.
 * Screenshots of every page land in e2e-tests/target/console-screenshots; the test fails when a journey fails.
 */
class ConsoleInBrowserIT {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    /** The organisation of the demo user lzzy-admin (deploy/keycloak/gongjian-realm.json, demo-data.json). */
    private static final String LIUZHOU_POLYTECHNIC = "45020000-0000-4000-8000-000000000001";
    /** The demo partnership with a year of records behind its scores (deploy/local-stack demo-data.json). */
    private static final String DEMO_PARTNERSHIP_TITLE = "柳州职业技术大学 × 广西汽车集团";

    @Test
    void theJourneysOfEachRolePassInChromium() throws Exception {
        Path console = TestInfrastructure.root().resolve("console");
        Path playwright = console.resolve("node_modules/.bin/playwright");
        assertTrue(Files.isExecutable(CHROMIUM), "Chromium is missing at " + CHROMIUM + ": apt-get install chromium");
        assertTrue(
                Files.isExecutable(playwright),
                "the console's npm packages are missing: build it first (./mvnw -pl e2e-tests -am verify)");

        String gateway = Platform.gatewayUrl();
        String realm = Platform.get().settings().realmUrl();
        allowConsoleLogins(Platform.keycloakUrl(), gateway);
        System.out.println("Demo data: " + new DemoData(gateway, realm).load());
        String admin = Tokens.forUser(Platform.keycloakUrl(), "admin");
        String demo = given().auth()
                .oauth2(admin)
                .queryParam("q", DEMO_PARTNERSHIP_TITLE)
                .get(gateway + "/api/v1/partnerships")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        String fresh = Journeys.activePartnershipOf(Journeys.withToken(admin), UUID.fromString(LIUZHOU_POLYTECHNIC))
                .id()
                .toString();
        awaitScore(fresh);

        Path target = TestInfrastructure.root().resolve("e2e-tests/target");
        List<String> command = List.of(playwright.toString(), "test");
        // Piped through System.out: the forked test JVM's own stdout is the build's channel, not for children.
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(console.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("GJ_CONSOLE_URL", gateway + "/console/");
        environment.put("GJ_GATEWAY_URL", gateway);
        environment.put("GJ_REALM_URL", realm);
        environment.put("GJ_DEMO_PARTNERSHIP", demo);
        environment.put("GJ_FRESH_PARTNERSHIP", fresh);
        environment.put("GJ_SCREENSHOTS", target.resolve("console-screenshots").toString());
        environment.put(
                "GJ_REPORT", target.resolve("console-browser-tests/junit.xml").toString());
        environment.put(
                "GJ_ARTIFACTS",
                target.resolve("console-browser-tests/artifacts").toString());
        environment.put("CHROMIUM", CHROMIUM.toString());
        environment.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        environment.put("CI", "true");
        Process browserTests = builder.start();
        Thread echo = new Thread(() -> echo(browserTests), "playwright-output");
        echo.start();
        boolean finished = browserTests.waitFor(15, TimeUnit.MINUTES);
        if (!finished) {
            browserTests.descendants().forEach(ProcessHandle::destroyForcibly);
            browserTests.destroyForcibly();
        }
        echo.join(Duration.ofSeconds(10).toMillis());
        assertTrue(finished, "the browser tests did not finish within 15 minutes");
        assertEquals(
                0,
                browserTests.exitValue(),
                "browser journeys failed: see the output above and e2e-tests/target/console-browser-tests");
    }

    /**
     * The realm lists the console's redirect URI at the default gateway address (localhost:8080); the test
     * platform's gateway has a random port, so its /console/ is added to the public client here, through
     * Keycloak's admin API (its web origins follow the redirect URIs: "+").
     */
    @SuppressWarnings("unchecked")
    private static void allowConsoleLogins(String keycloak, String gateway) {
        String token = given().formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", "admin")
                .formParam("password", "admin")
                .post(keycloak + "/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        String clients = keycloak + "/admin/realms/gongjian/clients";
        Map<String, Object> client = given().auth()
                .oauth2(token)
                .queryParam("clientId", "gongjian-web")
                .get(clients)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("[0]");
        List<String> redirects = new ArrayList<>((List<String>) client.get("redirectUris"));
        redirects.add(gateway + "/console/*");
        client.put("redirectUris", redirects);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(client)
                .put(clients + "/" + client.get("id"))
                .then()
                .statusCode(204);
    }

    private static void echo(Process process) {
        try (BufferedReader output = process.inputReader(StandardCharsets.UTF_8)) {
            output.lines().forEach(System.out::println);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The evaluation service knows the partnership (through Kafka) once its score answers. */
    private static void awaitScore(String partnership) {
        String bureau = Tokens.forUser(Platform.keycloakUrl(), "gx-bureau");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> given().auth()
                                .oauth2(bureau)
                                .get(Platform.gatewayUrl() + "/api/v1/evaluation/partnerships/" + partnership
                                        + "/score")
                                .statusCode()
                        == 200);
    }
}
