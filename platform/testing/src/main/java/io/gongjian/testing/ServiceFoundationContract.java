package io.gongjian.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * What every service owes its users from day one, checked against the real PostgreSQL, broker and Keycloak:
 * health that means something, API documents, metrics, and tokens read the same way everywhere. A service's
 * test class extends this and says where its "who am I" lives.
 */
public abstract class ServiceFoundationContract {

    /** e.g. {@code /api/v1/partnerships/whoami}. */
    protected abstract String whoAmIPath();

    /** The service's {@code quarkus.application.name}. */
    protected abstract String serviceName();

    @Test
    void readinessChecksTheDatabaseAndTheBroker() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void livenessAnswers() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void publishesItsOpenApiDocumentAndSwaggerUi() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("openapi", org.hamcrest.Matchers.startsWith("3."))
                .body("paths", org.hamcrest.Matchers.hasKey(whoAmIPath()));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void everyApiOperationDocumentsItsProblemAnswers() {
        io.restassured.path.json.JsonPath document = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .extract()
                .jsonPath();
        java.util.Map<String, java.util.Map<String, Object>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            operations.keySet().forEach(method -> {
                String responses = "paths.'" + path + "'." + method + ".responses";
                for (String status : java.util.List.of("400", "401", "403", "404", "422")) {
                    org.junit.jupiter.api.Assertions.assertEquals(
                            "#/components/schemas/Problem",
                            document.getString(
                                    responses + ".'" + status + "'.content.'application/problem+json'.schema.$ref"),
                            method + " " + path + " documents no problem+json " + status);
                }
            });
        });
    }

    @Test
    void exposesPrometheusMetrics() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void readsRolesAndRegionOfABureauOfficer() {
        given().auth()
                .oauth2(Tokens.forUser("gx-bureau"))
                .get(whoAmIPath())
                .then()
                .statusCode(200)
                .body("service", equalTo(serviceName()))
                .body("username", equalTo("gx-bureau"))
                .body("roles", org.hamcrest.Matchers.contains("bureau-officer"))
                .body("region", equalTo("45"))
                .body("orgId", nullValue())
                .body("clientId", equalTo("gongjian-web"));
    }

    @Test
    void readsTheOrganisationOfAnOrganisationAdmin() {
        given().auth()
                .oauth2(Tokens.forUser("lzzy-admin"))
                .get(whoAmIPath())
                .then()
                .statusCode(200)
                .body("roles", org.hamcrest.Matchers.contains("org-admin"))
                .body("orgId", equalTo("45020000-0000-4000-8000-000000000001"))
                .body("region", nullValue());
    }

    @Test
    void acceptsTheBureauClientCredentialsToken() {
        given().auth()
                .oauth2(Tokens.forBureauGuangxi(TestInfrastructure.keycloakUrl()))
                .get(whoAmIPath())
                .then()
                .statusCode(200)
                .body("clientId", equalTo("bureau-guangxi"))
                .body("roles", org.hamcrest.Matchers.contains("bureau-officer"))
                .body("region", equalTo("45"));
    }

    @Test
    void refusesARequestWithoutTokenAsProblemJson() {
        given().get(whoAmIPath())
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("detail", containsString("bearer token"));
    }

    /** The shared token settings (platform/service-config) reach the service: audience gongjian-api, typ Bearer. */
    @Test
    void refusesATokenNotIssuedForTheApi() {
        String keycloak = TestInfrastructure.keycloakUrl();
        for (String token : java.util.List.of(
                Tokens.passwordGrant(keycloak, "admin-cli", "gx-bureau", "access_token"),
                Tokens.passwordGrant(keycloak, "gongjian-web", "gx-bureau", "id_token"))) {
            given().auth()
                    .oauth2(token)
                    .get(whoAmIPath())
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void refusesATamperedToken() {
        String tampered = tamperedRegion(Tokens.forUser("sz-bureau"), "44");
        given().auth().oauth2(tampered).get(whoAmIPath()).then().statusCode(401);
    }

    /** Rewrites the region claim in the payload but keeps the original signature, as a forger would. */
    public static String tamperedRegion(String token, String region) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replaceFirst("\"region\":\"[0-9]*\"", "\"region\":\"" + region + "\"");
        if (forged.equals(payload)) {
            throw new IllegalStateException("the token carries no region claim to tamper with");
        }
        String encoded =
                Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + encoded + "." + parts[2];
    }
}
