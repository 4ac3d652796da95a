package io.gongjian.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.gongjian.evaluation.Published;
import io.gongjian.evaluation.Scores;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The evaluation service's lists and inputs refuse what the others refuse, through the same commons mechanisms. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class BadInputTest {

    static void refused(ValidatableResponse response, int status, String field) {
        response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("field", equalTo(field));
    }

    @Test
    void refusesPagesBeyondAnyRealListNamingThePage() {
        for (String list : new String[] {
            "/api/v1/evaluation/rankings",
            "/api/v1/evaluation/assessments",
            "/api/v1/evaluation/surveys",
            "/api/v1/evaluation/rectifications"
        }) {
            refused(
                    given().queryParam("page", 21474837)
                            .queryParam("size", 100)
                            .get(list)
                            .then(),
                    422,
                    "page");
        }
    }

    @Test
    void refusesQueryDatesOutsideTheYears0001To9999() {
        for (String date : new String[] {"0000-01-01", "+10000-01-01", "2024-01-01T00:00"}) {
            refused(
                    given().queryParam("asOf", date)
                            .get("/api/v1/evaluation/rankings")
                            .then(),
                    400,
                    "asOf");
        }
    }

    /** One plausible-date rule (commons' PlausibleDates) and one reading of list dates (QueryParameters), issue 11. */
    @Test
    void refusesImplausibleInputDatesAndUnreadableListDatesNamingTheField() {
        UUID partnership = Published.partnership("450200");
        Scores.await(partnership, score -> true);
        refused(
                given().contentType(ContentType.JSON)
                        .body(Map.of(
                                "partnershipId",
                                partnership,
                                "kind",
                                "ORG_CONSTRUCTION",
                                "score",
                                80,
                                "assessedOn",
                                "1949-09-30"))
                        .post("/api/v1/evaluation/assessments")
                        .then(),
                422,
                "assessedOn");
        refused(
                given().contentType(ContentType.JSON)
                        .body(Map.of(
                                "partnershipId",
                                partnership,
                                "kind",
                                "SATISFACTION",
                                "side",
                                "PUBLIC",
                                "collectedOn",
                                "2026-01-01",
                                "respondents",
                                100_001,
                                "mean",
                                80))
                        .post("/api/v1/evaluation/surveys")
                        .then(),
                422,
                "respondents");
        for (String list : new String[] {"assessments", "surveys", "rectifications"}) {
            refused(
                    given().get("/api/v1/evaluation/" + list + "?from=2026-13-40")
                            .then(),
                    400,
                    "from");
        }
    }

    @Test
    void refusesANulCharacterInAReasonOrABody() {
        refused(
                given().queryParam("reason", "entered\u0000twice")
                        .delete("/api/v1/evaluation/assessments/" + UUID.randomUUID())
                        .then(),
                400,
                "reason");
        refused(
                given().contentType(ContentType.JSON)
                        .body("{\"partnershipId\":\"" + UUID.randomUUID() + "\",\"kind\":\"0\"}")
                        .post("/api/v1/evaluation/assessments")
                        .then(),
                400,
                "kind");
    }
}
