package io.gongjian.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
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
