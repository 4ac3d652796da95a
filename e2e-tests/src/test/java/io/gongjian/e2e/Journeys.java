package io.gongjian.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What users do first, through the gateway: register two organisations and activate a partnership of theirs. */
final class Journeys {

    private Journeys() {}

    /**
     * Logs a record of a just activated partnership through the gateway ({@code collection} e.g.
     * {@code /api/v1/activities}): the activity service learns of the activation through the broker, so this retries
     * until it has; returns the new record's id.
     */
    static String logOnceKnown(String token, String collection, Map<String, Object> body) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    var response = given().auth()
                            .oauth2(token)
                            .contentType(ContentType.JSON)
                            .body(body)
                            .post(Platform.gatewayUrl() + collection);
                    id[0] = response.statusCode() == 201 ? response.path("id") : null;
                    return id[0] != null;
                });
        return id[0];
    }

    /** An ACTIVE partnership in Liuzhou (450200) between two fresh organisations; returns its id. */
    static String activePartnership(String adminToken) {
        return activePartnershipOf(adminToken, register(adminToken, "UNIVERSITY", "12450200498600571A"));
    }

    /** An ACTIVE partnership of the given university organisation with a fresh enterprise; returns its id. */
    static String activePartnershipOf(String adminToken, String university) {
        String partnership = draft(adminToken, university, register(adminToken, "ENTERPRISE", "914502001982294574"));
        given().auth()
                .oauth2(adminToken)
                .post(Platform.gatewayUrl() + "/api/v1/partnerships/" + partnership + "/activate")
                .then()
                .statusCode(200);
        return partnership;
    }

    /** A DRAFT partnership of the two organisations; returns its id. */
    static String draft(String adminToken, String university, String enterprise) {
        return given().auth()
                .oauth2(adminToken)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "universityOrganizationId",
                        university,
                        "enterpriseOrganizationId",
                        enterprise,
                        "title",
                        "端到端共建",
                        "signedOn",
                        "2024-01-01",
                        "term",
                        Map.of("start", "2024-01-01", "end", "2030-12-31"),
                        "modes",
                        List.of("TALENT")))
                .post(Platform.gatewayUrl() + "/api/v1/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A fresh organisation in Liuzhou; returns its id. */
    static String register(String token, String kind, String creditCode) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        kind + " 端到端党委",
                        "kind",
                        kind,
                        "level",
                        "COMMITTEE",
                        "institution",
                        kind + " 端到端",
                        "creditCode",
                        creditCode,
                        "regionCode",
                        "450200"))
                .post(Platform.gatewayUrl() + "/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
