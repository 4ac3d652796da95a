package io.gongjian.testing;

import static io.restassured.RestAssured.given;

import io.gongjian.embedded.KeycloakServer;

/** Real access tokens from the test Keycloak, obtained the way front-ends and bureaus obtain them. */
public final class Tokens {

    private Tokens() {}

    /** Password grant through the public front-end client; demo users' passwords equal their names. */
    public static String forUser(String keycloakUrl, String username) {
        return passwordGrant(keycloakUrl, "gongjian-web", username, "access_token");
    }

    /**
     * A token of the realm not issued for the API: {@code field} {@code access_token} of a client without the API
     * audience (admin-cli, which every realm has), or the {@code id_token} of the front-end client.
     */
    public static String passwordGrant(String keycloakUrl, String client, String username, String field) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", client)
                .formParam("username", username)
                .formParam("password", username)
                .formParam("scope", "openid")
                .post(tokenEndpoint(keycloakUrl))
                .then()
                .statusCode(200)
                .extract()
                .path(field);
    }

    /** Client-credentials grant of the confidential machine-to-machine client of the Guangxi bureau. */
    public static String forBureauGuangxi(String keycloakUrl) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "bureau-guangxi")
                .formParam("client_secret", "bureau-guangxi-secret")
                .post(tokenEndpoint(keycloakUrl))
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    public static String forUser(String username) {
        return forUser(TestInfrastructure.keycloakUrl(), username);
    }

    private static String tokenEndpoint(String keycloakUrl) {
        return keycloakUrl + "/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/token";
    }
}
