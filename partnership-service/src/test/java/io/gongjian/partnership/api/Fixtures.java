package io.gongjian.partnership.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Registers organisations and drafts partnerships through the API, as a platform admin would. */
final class Fixtures {

    static final String UNIVERSITY_CODE = "12450200498600571A";
    static final String ENTERPRISE_CODE = "914502001982294574";

    private Fixtures() {}

    static Map<String, Object> organization(String kind, String regionCode) {
        return Map.of(
                "name",
                kind + " 党委 " + UUID.randomUUID(),
                "kind",
                kind,
                "level",
                "COMMITTEE",
                "institution",
                kind + " institution",
                "creditCode",
                kind.equals("UNIVERSITY") ? UNIVERSITY_CODE : ENTERPRISE_CODE,
                "regionCode",
                regionCode);
    }

    /** Must run as a platform admin. */
    static String register(String kind, String regionCode) {
        return given().contentType(ContentType.JSON)
                .body(organization(kind, regionCode))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Map<String, Object> partnership(String university, String enterprise) {
        return Map.of(
                "universityOrganizationId",
                university,
                "enterpriseOrganizationId",
                enterprise,
                "title",
                "校企党建共建 " + UUID.randomUUID(),
                "signedOn",
                "2024-03-15",
                "term",
                Map.of("start", "2024-03-15", "end", "2030-03-14"),
                "modes",
                List.of("TALENT", "INNOVATION"));
    }

    /** Must run as a platform admin or an admin of one of the two organisations. */
    static String draft(String university, String enterprise) {
        return given().contentType(ContentType.JSON)
                .body(partnership(university, enterprise))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
