package io.gongjian.activity.api;

import static io.gongjian.activity.api.Logging.log;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import io.gongjian.activity.application.PartnershipViews;
import io.gongjian.commons.time.BusinessCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class RecordApiTest {

    @Inject
    PartnershipViews views;

    @Inject
    BusinessCalendar calendar;

    Map<String, Object> activity(UUID partnership) {
        return ActivityBodies.activity(partnership, calendar);
    }

    @Test
    void logsAnActivityWithLocationAndEtagAndReadsItBack() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        String id = given().contentType(ContentType.JSON)
                .body(activity(partnership))
                .post("/api/v1/activities")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/activities/[0-9a-f-]{36}"))
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("ACTIVE"))
                .extract()
                .path("id");
        given().get("/api/v1/activities/" + id).then().statusCode(200).body("attendance", equalTo(56));
    }

    @Test
    void refusesBrokenRulesNamingTheFieldAndWritingNothing() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        Map<String, Object> tooMany = activity(partnership);
        tooMany.put("enterprisePartyMembers", 60);
        expect422(tooMany, "enterprisePartyMembers");
        Map<String, Object> future = activity(partnership);
        future.put("occurredOn", calendar.today().plusDays(1).toString());
        expect422(future, "occurredOn");
        Map<String, Object> beforeTerm = activity(partnership);
        beforeTerm.put("occurredOn", "2023-12-31");
        expect422(beforeTerm, "occurredOn");
        Map<String, Object> badLink = activity(partnership);
        badLink.put("evidenceLinks", List.of("file:///c:/minutes.doc"));
        expect422(badLink, "evidenceLinks[0]");
        expect422(activity(UUID.randomUUID()), "partnershipId");
        given().queryParam("partnership", partnership.toString())
                .get("/api/v1/activities")
                .then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void refusesRecordsOfAPartnershipThatIsNotActiveWith409() {
        UUID suspended = Partnerships.known(views, "SUSPENDED", "450200");
        given().contentType(ContentType.JSON)
                .body(activity(suspended))
                .post("/api/v1/activities")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("partnershipStatus", equalTo("SUSPENDED"));
    }

    @Test
    void refusesUnknownEnumValuesAndFieldsWith400() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        Map<String, Object> badType = activity(partnership);
        badType.put("type", "PICNIC");
        given().contentType(ContentType.JSON)
                .body(badType)
                .post("/api/v1/activities")
                .then()
                .statusCode(400)
                .body("field", equalTo("type"))
                .body("detail", containsString("THEMED_PARTY_DAY"));
        Map<String, Object> unknown = activity(partnership);
        unknown.put("weather", "sunny");
        given().contentType(ContentType.JSON)
                .body(unknown)
                .post("/api/v1/activities")
                .then()
                .statusCode(400)
                .body("field", equalTo("weather"));
        given().contentType(ContentType.JSON)
                .body("{")
                .post("/api/v1/activities")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void amendsWithTheVersionItWasBasedOnAndRevokesWithAReason() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        String id = log("/api/v1/activities", activity(partnership));
        Map<String, Object> amended = activity(partnership);
        amended.put("attendance", 60);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(amended)
                .put("/api/v1/activities/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("attendance", equalTo(60));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(amended)
                .put("/api/v1/activities/" + id)
                .then()
                .statusCode(412);
        given().contentType(ContentType.JSON)
                .body(amended)
                .put("/api/v1/activities/" + id)
                .then()
                .statusCode(428);
        given().delete("/api/v1/activities/" + id).then().statusCode(422).body("field", equalTo("reason"));
        given().queryParam("reason", "logged twice")
                .delete("/api/v1/activities/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revocationReason", equalTo("logged twice"));
        given().get("/api/v1/activities/" + id).then().statusCode(200).body("status", equalTo("REVOKED"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"3\"")
                .body(amended)
                .put("/api/v1/activities/" + id)
                .then()
                .statusCode(409);
        given().get("/api/v1/activities/" + id + "/history")
                .then()
                .body("action", contains("logged", "amended", "revoked"))
                .body("actor", contains("admin", "admin", "admin"));
    }

    @Test
    void listsFilterByPartnershipTypeModeDatesAndStatus() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        log("/api/v1/activities", activity(partnership));
        Map<String, Object> lecture = activity(partnership);
        lecture.put("type", "LECTURE");
        lecture.put("mode", "CULTURE");
        lecture.put("occurredOn", calendar.today().minusDays(30).toString());
        String revoked = log("/api/v1/activities", lecture);
        given().queryParam("reason", "test")
                .delete("/api/v1/activities/" + revoked)
                .then()
                .statusCode(200);
        String base = "/api/v1/activities?partnership=" + partnership;
        given().get(base).then().body("totalItems", equalTo(2));
        given().get(base + "&type=LECTURE").then().body("items", hasSize(1));
        given().get(base + "&mode=IDEOLOGY").then().body("items.type", contains("JOINT_STUDY"));
        given().get(base + "&status=ACTIVE").then().body("items", hasSize(1));
        given().get(base + "&from=" + calendar.today().minusDays(10))
                .then()
                .body("items.type", contains("JOINT_STUDY"));
        given().get(base + "&to=" + calendar.today().minusDays(10)).then().body("items.type", contains("LECTURE"));
        given().get(base + "&type=PICNIC").then().statusCode(400).body("field", equalTo("type"));
        // One reading of a date for bodies and queries (commons' QueryParameters): the parameter is named.
        for (String unreadable : List.of("2026-13-40", "2026-02-30", "0000-01-01", "2026-01-01T00:00", "yesterday")) {
            given().get(base + "&from=" + unreadable)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo("from"));
        }
        given().get(base + "&to=2026-1-1").then().statusCode(400).body("field", equalTo("to"));
    }

    @Test
    void exchangesNeedAHeadcountOfAtLeastOne() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        Map<String, Object> exchange = new HashMap<>(Map.of(
                "partnershipId",
                partnership,
                "type",
                "INTERNSHIP",
                "direction",
                "UNIVERSITY_TO_ENTERPRISE",
                "occurredOn",
                calendar.today().minusDays(1).toString(),
                "headcount",
                45));
        log("/api/v1/exchanges", exchange);
        exchange.put("headcount", 0);
        given().contentType(ContentType.JSON)
                .body(exchange)
                .post("/api/v1/exchanges")
                .then()
                .statusCode(422)
                .body("field", equalTo("headcount"));
    }

    @Test
    void convertsOnlyResearchOutputs() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        String date = calendar.today().minusDays(5).toString();
        String output = log(
                "/api/v1/achievements",
                Map.of(
                        "partnershipId",
                        partnership,
                        "type",
                        "RESEARCH_OUTPUT",
                        "title",
                        "热管理装置专利",
                        "registeredOn",
                        date));
        String course = log(
                "/api/v1/achievements",
                Map.of(
                        "partnershipId",
                        partnership,
                        "type",
                        "TEACHING_RESOURCE",
                        "title",
                        "新能源汽车课程",
                        "registeredOn",
                        date));
        Map<String, Object> conversion = new HashMap<>(Map.of(
                "convertedOn",
                calendar.today().minusDays(1).toString(),
                "form",
                "LICENSE",
                "outputValue",
                120.5,
                "jobsCreated",
                6));
        String converted = given().contentType(ContentType.JSON)
                .body(conversion)
                .post("/api/v1/achievements/" + output + "/conversions")
                .then()
                .statusCode(201)
                .body("achievementId", equalTo(output))
                .body("outputValue", equalTo(120.5f))
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body(conversion)
                .post("/api/v1/achievements/" + course + "/conversions")
                .then()
                .statusCode(422)
                .body("field", equalTo("achievementId"))
                .body("detail", containsString("RESEARCH_OUTPUT"));
        conversion.put("outputValue", -1);
        given().contentType(ContentType.JSON)
                .body(conversion)
                .post("/api/v1/achievements/" + output + "/conversions")
                .then()
                .statusCode(422)
                .body("field", equalTo("outputValue"));
        given().get("/api/v1/achievements/" + output + "/conversions").then().body("items.id", contains(converted));
        given().get("/api/v1/achievements/" + course + "/conversions/" + converted)
                .then()
                .statusCode(404);
        given().get("/api/v1/achievements/" + UUID.randomUUID() + "/conversions")
                .then()
                .statusCode(404);
    }

    private static void expect422(Map<String, Object> body, String field) {
        Logging.refused("/api/v1/activities", body, field);
    }
}
