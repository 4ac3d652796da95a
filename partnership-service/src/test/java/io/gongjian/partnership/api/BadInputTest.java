package io.gongjian.partnership.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Input the database would overflow, mangle or choke on is refused with a problem naming the field, never a 500. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class BadInputTest {

    @Test
    void aMemberCountInYear0000IsRefusedAndLaterCountsStillGetIn() {
        String organization = Fixtures.register("ENTERPRISE", "450200");
        for (String date : List.of("0000-01-01", "0000-06-30", "1949-09-30", "9999-12-31")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("count", 10, "effectiveOn", date))
                    .post("/api/v1/organizations/" + organization + "/member-counts")
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("field", equalTo("effectiveOn"));
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("count", 2100, "effectiveOn", "2024-01-01"))
                .post("/api/v1/organizations/" + organization + "/member-counts")
                .then()
                .statusCode(201);
        given().get("/api/v1/organizations/" + organization + "/member-counts")
                .then()
                .statusCode(200)
                .body("effectiveOn", contains("2024-01-01"));
    }

    @Test
    void agreementAndKeyProjectDatesLieInAPlausibleRange() {
        Map<String, Object> signedInYear0 = new HashMap<>(Fixtures.partnership(
                Fixtures.register("UNIVERSITY", "450200"), Fixtures.register("ENTERPRISE", "450200")));
        signedInYear0.put("signedOn", "0000-01-01");
        given().contentType(ContentType.JSON)
                .body(signedInYear0)
                .post("/api/v1/partnerships")
                .then()
                .statusCode(422)
                .body("field", equalTo("signedOn"));
        Map<String, Object> endlessTerm = new HashMap<>(signedInYear0);
        endlessTerm.put("signedOn", "2024-03-15");
        endlessTerm.put("term", Map.of("start", "2024-03-15", "end", "9999-12-31"));
        given().contentType(ContentType.JSON)
                .body(endlessTerm)
                .post("/api/v1/partnerships")
                .then()
                .statusCode(422)
                .body("field", equalTo("term.end"));

        String partnership =
                Fixtures.draft(Fixtures.register("UNIVERSITY", "450200"), Fixtures.register("ENTERPRISE", "450200"));
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "联合实验室", "mode", "INNOVATION", "leadSide", "JOINT", "dueOn", "0000-12-31"))
                .post("/api/v1/partnerships/" + partnership + "/key-projects")
                .then()
                .statusCode(422)
                .body("field", equalTo("dueOn"));
    }

    @Test
    void targetsBeyondTheirColumnAreRefusedNamingTheIndicator() {
        String partnership =
                Fixtures.draft(Fixtures.register("UNIVERSITY", "450200"), Fixtures.register("ENTERPRISE", "450200"));
        for (String target : List.of("1000000000000", "1e308", "0.125")) {
            given().contentType(ContentType.JSON)
                    .header("If-Match", "\"1\"")
                    .body("{\"SOC_ECONOMIC_CONTRIBUTION\": " + target + "}")
                    .put("/api/v1/partnerships/" + partnership + "/targets")
                    .then()
                    .statusCode(422)
                    .body("field", equalTo("targets.SOC_ECONOMIC_CONTRIBUTION"));
        }
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body("{\"SOC_ECONOMIC_CONTRIBUTION\": 999999999999.99}")
                .put("/api/v1/partnerships/" + partnership + "/targets")
                .then()
                .statusCode(200)
                .body("SOC_ECONOMIC_CONTRIBUTION", equalTo(999999999999.99f));
    }

    @Test
    void anAllZeroCreditCodeIsRefusedThoughItsCheckCharacterFits() {
        Map<String, Object> body = new HashMap<>(Fixtures.organization("UNIVERSITY", "450200"));
        body.put("creditCode", "000000000000000000");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(422)
                .body("field", equalTo("creditCode"))
                .body("detail", containsString("registration authority"));
    }

    @Test
    void aNulCharacterIsRefusedNamingTheField() {
        Map<String, Object> body = new HashMap<>(Fixtures.organization("UNIVERSITY", "450200"));
        body.put("name", "中共\u0000委员会");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(422)
                .body("field", equalTo("name"));
        for (String list : List.of("/api/v1/organizations", "/api/v1/partnerships")) {
            given().queryParam("q", "共建\u0000").get(list).then().statusCode(422).body("field", equalTo("q"));
        }
    }

    @Test
    void aPageBeyondAnyListIsRefusedNamingThePage() {
        for (String list : List.of("/api/v1/organizations", "/api/v1/partnerships")) {
            given().queryParam("page", Integer.MAX_VALUE)
                    .queryParam("size", 100)
                    .get(list)
                    .then()
                    .statusCode(422)
                    .body("field", equalTo("page"));
        }
    }
}
