package io.gongjian.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** What users do first, through the gateway: register two organisations and activate a partnership of theirs. */
final class Journeys {

    private Journeys() {}

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
