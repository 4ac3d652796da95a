package io.gongjian.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.gongjian.testing.ServiceFoundationContract;
import io.gongjian.testing.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every service answers through the gateway with real Keycloak tokens, and nothing answers without one. */
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

    @ParameterizedTest
    @ValueSource(strings = {"partnership-service", "activity-service", "evaluation-service", "gateway"})
    void everyServiceIsReady(String service) {
        given().get(Platform.serviceUrl(service) + "/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }
}
