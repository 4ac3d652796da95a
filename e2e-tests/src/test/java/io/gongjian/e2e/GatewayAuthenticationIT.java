package io.gongjian.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.gongjian.testing.ServiceFoundationContract;
import io.gongjian.testing.Tokens;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every service answers through the gateway with real Keycloak tokens issued for the API, and nothing answers
 * without one, with a forged one, or with one issued for something else.
 */
class GatewayAuthenticationIT {

    @ParameterizedTest
    @CsvSource({
        "/api/v1/partnerships/whoami, partnership-service",
        "/api/v1/activities/whoami, activity-service",
        "/api/v1/evaluation/whoami, evaluation-service"
    })
    void aDemoUserReachesEachServiceThroughTheGateway(String path, String service) {
        String token = Tokens.forUser(Platform.keycloakUrl(), "gxqc-admin");
        given().auth()
                .oauth2(token)
                .get(Platform.gatewayUrl() + path)
                .then()
                .statusCode(200)
                .body("service", equalTo(service))
                .body("username", equalTo("gxqc-admin"))
                .body("roles", contains("org-admin"))
                .body("orgId", equalTo("45020000-0000-4000-8000-000000000002"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/partnerships/whoami", "/api/v1/activities/whoami", "/api/v1/evaluation/whoami"})
    void theBureauClientReachesEachServiceWithClientCredentials(String path) {
        String token = Tokens.forBureauGuangxi(Platform.keycloakUrl());
        given().auth()
                .oauth2(token)
                .get(Platform.gatewayUrl() + path)
                .then()
                .statusCode(200)
                .body("clientId", equalTo("bureau-guangxi"))
                .body("roles", contains("bureau-officer"))
                .body("region", equalTo("45"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/partnerships/whoami", "/api/v1/activities/whoami", "/api/v1/evaluation/whoami"})
    void aCallWithoutTokenIsRefusedAtTheGateway(String path) {
        given().get(Platform.gatewayUrl() + path)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("instance", equalTo(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/partnerships/whoami", "/api/v1/activities/whoami", "/api/v1/evaluation/whoami"})
    void aTamperedTokenIsRefusedAtTheGateway(String path) {
        String tampered =
                ServiceFoundationContract.tamperedRegion(Tokens.forUser(Platform.keycloakUrl(), "sz-bureau"), "45");
        given().auth()
                .oauth2(tampered)
                .get(Platform.gatewayUrl() + path)
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    /**
     * Tokens of the realm that were not issued for this API: an access token of another client (admin-cli, which
     * every realm has) and an ID token sent as a bearer token. Refused at the gateway, and by each service on its
     * own should anything reach it past the gateway.
     */
    @ParameterizedTest
    @MethodSource("everyWayIn")
    void aTokenNotIssuedForTheApiIsRefusedAtTheGatewayAndAtEachService(String url) {
        String otherClient = token("admin-cli", "gx-bureau", "access_token");
        String idToken = token("gongjian-web", "gx-bureau", "id_token");
        for (String token : List.of(otherClient, idToken)) {
            given().auth().oauth2(token).get(url).then().statusCode(401).contentType("application/problem+json");
        }
        // The same user's access token for the API passes: it is the token that is refused, not the user.
        given().auth()
                .oauth2(token("gongjian-web", "gx-bureau", "access_token"))
                .get(url)
                .then()
                .statusCode(200);
    }

    static Stream<String> everyWayIn() {
        return Stream.of(
                Platform.gatewayUrl() + "/api/v1/partnerships/whoami",
                Platform.gatewayUrl() + "/api/v1/activities/whoami",
                Platform.gatewayUrl() + "/api/v1/evaluation/whoami",
                Platform.serviceUrl("partnership-service") + "/api/v1/partnerships/whoami",
                Platform.serviceUrl("activity-service") + "/api/v1/activities/whoami",
                Platform.serviceUrl("evaluation-service") + "/api/v1/evaluation/whoami");
    }

    /** A password-grant token of the demo user through the given client; {@code kind} picks which one. */
    private static String token(String client, String username, String kind) {
        String token = Tokens.passwordGrant(Platform.keycloakUrl(), client, username, kind);
        assertNotNull(token, kind + " of " + client);
        return token;
    }

    @ParameterizedTest
    @ValueSource(strings = {"partnership-service", "activity-service", "evaluation-service"})
    void everyServiceIsReady(String service) {
        given().get(Platform.serviceUrl(service) + "/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void theGatewayIsReadyOnItsManagementPort() {
        given().get(Platform.get().settings().gatewayManagementUrl() + "/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }
}
