package io.gongjian.partnership.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What outsiders sent the partnership service that it answered with 500 or stored bent: each is now a problem
 * document naming the field, and nothing of it is stored.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class BadInputTest {

    static ValidatableResponse refused(ValidatableResponse response, int status, String field) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("field", equalTo(field))
                .body("detail", not(containsString("java.")))
                .body("detail", not(containsString("`")));
    }

    ValidatableResponse post(String path, String json) {
        return given().contentType(ContentType.JSON).body(json).post(path).then();
    }

    @Test
    void refusesANulCharacterInABodyOrAQueryValue() {
        Map<String, Object> organization = new HashMap<>(Fixtures.organization("UNIVERSITY", "450200"));
        organization.put("name", "中共\u0000委员会");
        refused(
                given().contentType(ContentType.JSON)
                        .body(organization)
                        .post("/api/v1/organizations")
                        .then(),
                400,
                "name");
        refused(given().queryParam("q", "柳州\u0000").get("/api/v1/organizations").then(), 400, "q");
        refused(given().queryParam("q", "\u0000").get("/api/v1/partnerships").then(), 400, "q");
    }

    @Test
    void refusesPagesBeyondAnyRealListNamingThePage() {
        for (String list : new String[] {"/api/v1/organizations", "/api/v1/partnerships"}) {
            refused(
                    given().queryParam("page", 21474837)
                            .queryParam("size", 100)
                            .get(list)
                            .then(),
                    422,
                    "page");
            refused(given().queryParam("page", Integer.MAX_VALUE).get(list).then(), 422, "page");
            given().queryParam("page", 50_000)
                    .queryParam("size", 20)
                    .get(list)
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void refusesARepeatedKeyNamingItWhereverItStands() {
        String organization = Fixtures.register("UNIVERSITY", "450200");
        refused(
                post(
                        "/api/v1/organizations/" + organization + "/member-counts",
                        "{\"count\": 2100, \"effectiveOn\": \"2024-01-01\", \"count\": 1}"),
                400,
                "count");
        String partnership = Fixtures.draft(organization, Fixtures.register("ENTERPRISE", "450200"));
        refused(
                given().contentType(ContentType.JSON)
                        .header("If-Match", "\"1\"")
                        .body("{\"INN_PRACTICES\": 3, \"INN_PRACTICES\": 300}")
                        .put("/api/v1/partnerships/" + partnership + "/targets")
                        .then(),
                400,
                "INN_PRACTICES");
        given().get("/api/v1/organizations/" + organization).then().body("memberCounts", hasSize(0));
    }

    @Test
    void refusesDatesOfYear0000AndKeepsAcceptingLaterCounts() {
        String organization = Fixtures.register("ENTERPRISE", "450200");
        String counts = "/api/v1/organizations/" + organization + "/member-counts";
        for (String date : new String[] {"0000-01-01", "+2024-01-01", "2024-01-01T00:00:00", "10000-01-01"}) {
            refused(post(counts, "{\"count\": 10, \"effectiveOn\": \"" + date + "\"}"), 400, "effectiveOn");
        }
        post(counts, "{\"count\": 2100, \"effectiveOn\": \"2024-01-01\"}").statusCode(201);
        post(counts, "{\"count\": 2200, \"effectiveOn\": \"2025-01-01\"}").statusCode(201);
        given().get("/api/v1/organizations/" + organization)
                .then()
                .body("currentMemberCount", equalTo(2200))
                .body("memberCounts", hasSize(2));
    }

    @Test
    void refusesNumbersBeyondWhatTheFieldHolds() {
        String organization = Fixtures.register("ENTERPRISE", "450200");
        refused(
                post(
                        "/api/v1/organizations/" + organization + "/member-counts",
                        "{\"count\": 99999999999, \"effectiveOn\": \"2024-01-01\"}"),
                400,
                "count");
        String partnership = Fixtures.draft(Fixtures.register("UNIVERSITY", "450200"), organization);
        for (String target : new String[] {"1000000000000", "1e308", "-1e15"}) {
            refused(
                    given().contentType(ContentType.JSON)
                            .header("If-Match", "\"1\"")
                            .body("{\"INN_PRACTICES\": " + target + "}")
                            .put("/api/v1/partnerships/" + partnership + "/targets")
                            .then(),
                    400,
                    "INN_PRACTICES");
        }
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body("{\"INN_PRACTICES\": 999999999999.99}")
                .put("/api/v1/partnerships/" + partnership + "/targets")
                .then()
                .statusCode(200);
    }

    @Test
    void datesBeforeThePeoplesRepublicOrFarInTheFutureAreAgainstTheRules() {
        String organization = Fixtures.register("ENTERPRISE", "450200");
        for (String date : new String[] {"1949-09-30", "9999-12-31"}) {
            refused(
                    post(
                            "/api/v1/organizations/" + organization + "/member-counts",
                            "{\"count\": 10, \"effectiveOn\": \"" + date + "\"}"),
                    422,
                    "effectiveOn");
        }
        Map<String, Object> signedTooEarly = new HashMap<>(Fixtures.partnership(
                Fixtures.register("UNIVERSITY", "450200"), Fixtures.register("ENTERPRISE", "450200")));
        signedTooEarly.put("signedOn", "1900-01-01");
        refused(
                given().contentType(ContentType.JSON)
                        .body(signedTooEarly)
                        .post("/api/v1/partnerships")
                        .then(),
                422,
                "signedOn");
        Map<String, Object> endlessTerm = new HashMap<>(signedTooEarly);
        endlessTerm.put("signedOn", "2024-03-15");
        endlessTerm.put("term", Map.of("start", "2024-03-15", "end", "9999-12-31"));
        refused(
                given().contentType(ContentType.JSON)
                        .body(endlessTerm)
                        .post("/api/v1/partnerships")
                        .then(),
                422,
                "term.end");

        String partnership =
                Fixtures.draft(Fixtures.register("UNIVERSITY", "450200"), Fixtures.register("ENTERPRISE", "450200"));
        refused(
                given().contentType(ContentType.JSON)
                        .body(Map.of(
                                "title", "联合实验室", "mode", "INNOVATION", "leadSide", "JOINT", "dueOn", "1800-12-31"))
                        .post("/api/v1/partnerships/" + partnership + "/key-projects")
                        .then(),
                422,
                "dueOn");
    }

    @Test
    void aTargetFinerThanACentIsRefusedNamingTheIndicator() {
        String partnership =
                Fixtures.draft(Fixtures.register("UNIVERSITY", "450200"), Fixtures.register("ENTERPRISE", "450200"));
        refused(
                given().contentType(ContentType.JSON)
                        .header("If-Match", "\"1\"")
                        .body("{\"SOC_ECONOMIC_CONTRIBUTION\": 0.125}")
                        .put("/api/v1/partnerships/" + partnership + "/targets")
                        .then(),
                422,
                "targets.SOC_ECONOMIC_CONTRIBUTION");
    }

    @Test
    void anAllZeroCreditCodeIsRefusedThoughItsCheckCharacterFits() {
        Map<String, Object> body = new HashMap<>(Fixtures.organization("UNIVERSITY", "450200"));
        body.put("creditCode", "000000000000000000");
        refused(
                        given().contentType(ContentType.JSON)
                                .body(body)
                                .post("/api/v1/organizations")
                                .then(),
                        422,
                        "creditCode")
                .body("detail", containsString("registration authority"));
    }
}
