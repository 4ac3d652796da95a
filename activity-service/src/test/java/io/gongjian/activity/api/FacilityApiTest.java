package io.gongjian.activity.api;

import static io.gongjian.activity.api.Logging.log;
import static io.gongjian.activity.api.Logging.refused;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.activity.application.PartnershipViews;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.testing.Parallel;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Joint facilities as versioned records, and the activities and exchanges that took place in them (issue 18). */
@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class FacilityApiTest {

    private static final String FACILITIES = "/api/v1/facilities";

    @Inject
    PartnershipViews views;

    @Inject
    BusinessCalendar calendar;

    private LocalDate daysAgo(int days) {
        return calendar.today().minusDays(days);
    }

    Map<String, Object> facility(UUID partnership, LocalDate openedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("partnershipId", partnership);
        body.put("kind", "INDUSTRY_COLLEGE");
        body.put("name", "智能制造产业学院");
        body.put("mode", "TALENT");
        body.put("hostSide", "UNIVERSITY");
        body.put("openedOn", openedOn.toString());
        body.put("equipmentValue", 850);
        body.put("floorArea", 1200.5);
        body.put("seats", 60);
        body.put("evidenceLinks", List.of("https://dangjian.example.cn/facilities/plaque.jpg"));
        return body;
    }

    Map<String, Object> activity(UUID partnership, String facilityId, LocalDate occurredOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("partnershipId", partnership);
        body.put("type", "TRAINING");
        body.put("mode", "TALENT");
        body.put("title", "产业学院师资培训");
        body.put("occurredOn", occurredOn.toString());
        body.put("organisingSide", "JOINT");
        body.put("universityPartyMembers", 4);
        body.put("enterprisePartyMembers", 3);
        body.put("attendance", 20);
        body.put("facilityId", facilityId);
        return body;
    }

    Map<String, Object> internship(UUID partnership, String facilityId, LocalDate occurredOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("partnershipId", partnership);
        body.put("type", "INTERNSHIP");
        body.put("direction", "UNIVERSITY_TO_ENTERPRISE");
        body.put("occurredOn", occurredOn.toString());
        body.put("headcount", 30);
        body.put("facilityId", facilityId);
        return body;
    }

    @Test
    void logsReadsAmendsClosesRevokesAndTellsTheHistory() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        String id = given().contentType(ContentType.JSON)
                .body(facility(partnership, daysAgo(100)))
                .post(FACILITIES)
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/facilities/[0-9a-f-]{36}"))
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("ACTIVE"))
                .body("kind", equalTo("INDUSTRY_COLLEGE"))
                .body("hostSide", equalTo("UNIVERSITY"))
                .body("closedOn", nullValue())
                .extract()
                .path("id");
        given().get(FACILITIES + "/" + id).then().statusCode(200).body("equipmentValue", equalTo(850));

        Map<String, Object> amended = facility(partnership, daysAgo(100));
        amended.put("equipmentValue", 920.5);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(amended)
                .put(FACILITIES + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("equipmentValue", equalTo(920.5f));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(amended)
                .put(FACILITIES + "/" + id)
                .then()
                .statusCode(412);

        String lastDay = daysAgo(10).toString();
        given().contentType(ContentType.JSON)
                .body(Map.of("closedOn", lastDay))
                .post(FACILITIES + "/" + id + "/close")
                .then()
                .statusCode(428);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"2\"")
                .body(Map.of("closedOn", daysAgo(101).toString()))
                .post(FACILITIES + "/" + id + "/close")
                .then()
                .statusCode(422)
                .body("field", equalTo("closedOn"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"2\"")
                .body(Map.of("closedOn", calendar.today().plusDays(1).toString()))
                .post(FACILITIES + "/" + id + "/close")
                .then()
                .statusCode(422)
                .body("field", equalTo("closedOn"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"2\"")
                .body(Map.of("closedOn", lastDay))
                .post(FACILITIES + "/" + id + "/close")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"3\""))
                .body("closedOn", equalTo(lastDay))
                .body("equipmentValue", equalTo(920.5f));

        given().delete(FACILITIES + "/" + id).then().statusCode(422).body("field", equalTo("reason"));
        given().queryParam("reason", "登记重复")
                .delete(FACILITIES + "/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revocationReason", equalTo("登记重复"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"4\"")
                .body(amended)
                .put(FACILITIES + "/" + id)
                .then()
                .statusCode(409);
        given().get(FACILITIES + "/" + id + "/history")
                .then()
                .body("action", contains("logged", "amended", "closed", "revoked"))
                .body("[2].changes.closedOn.to", equalTo(lastDay));
    }

    @Test
    void refusesWhatAFacilityCannotBeNamingTheField() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        Map<String, Object> joint = facility(partnership, daysAgo(5));
        joint.put("hostSide", "JOINT");
        refused(FACILITIES, joint, "hostSide");
        Map<String, Object> closedBeforeOpening = facility(partnership, daysAgo(5));
        closedBeforeOpening.put("closedOn", daysAgo(6).toString());
        refused(FACILITIES, closedBeforeOpening, "closedOn");
        refused(FACILITIES, facility(partnership, calendar.today().plusDays(1)), "openedOn");
        refused(FACILITIES, facility(partnership, LocalDate.of(2023, 12, 31)), "openedOn");
        Map<String, Object> negative = facility(partnership, daysAgo(5));
        negative.put("equipmentValue", -1);
        refused(FACILITIES, negative, "equipmentValue");
        Map<String, Object> noSeats = facility(partnership, daysAgo(5));
        noSeats.put("seats", 0);
        refused(FACILITIES, noSeats, "seats");
        given().queryParam("partnership", partnership.toString())
                .get(FACILITIES)
                .then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void listsFilterByPartnershipKindModeOpenOnADayAndStatus() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        String college = log(FACILITIES, facility(partnership, daysAgo(200)));
        Map<String, Object> lab = facility(partnership, daysAgo(50));
        lab.put("kind", "LABORATORY");
        lab.put("mode", "INNOVATION");
        lab.put("closedOn", daysAgo(20).toString());
        String closedLab = log(FACILITIES, lab);
        Map<String, Object> position = facility(partnership, daysAgo(30));
        position.put("kind", "PARTY_POSITION");
        position.put("mode", "ORGANIZATION");
        String revoked = log(FACILITIES, position);
        given().queryParam("reason", "test")
                .delete(FACILITIES + "/" + revoked)
                .then()
                .statusCode(200);
        log(FACILITIES, facility(Partnerships.known(views, "ACTIVE", "450200"), daysAgo(10)));

        String base = FACILITIES + "?partnership=" + partnership;
        given().get(base).then().body("totalItems", equalTo(3)).body("items.id", contains(revoked, closedLab, college));
        given().get(base + "&sort=openedOn").then().body("items.id", contains(college, closedLab, revoked));
        given().get(base + "&kind=LABORATORY").then().body("items.id", contains(closedLab));
        given().get(base + "&mode=TALENT").then().body("items.id", contains(college));
        given().get(base + "&status=REVOKED").then().body("items.id", contains(revoked));
        given().get(base + "&openOn=" + daysAgo(25)).then().body("items.id", contains(closedLab, college));
        given().get(base + "&openOn=" + daysAgo(20)).then().body("items.id", contains(closedLab, college));
        given().get(base + "&openOn=" + daysAgo(19)).then().body("items.id", contains(college));
        given().get(base + "&from=" + daysAgo(60)).then().body("items.id", contains(revoked, closedLab));
        given().get(base + "&kind=GARDEN").then().statusCode(400).body("field", equalTo("kind"));
        given().get(base + "&openOn=yesterday").then().statusCode(400).body("field", equalTo("openOn"));
    }

    @Test
    void activitiesAndExchangesTakePlaceOnlyAtAnOpenFacilityOfTheirPartnership() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        Map<String, Object> lab = facility(partnership, daysAgo(60));
        lab.put("name", "新能源汽车联合实验室");
        lab.put("closedOn", daysAgo(20).toString());
        String facility = log(FACILITIES, lab);
        String elsewhere = log(FACILITIES, facility(Partnerships.known(views, "ACTIVE", "450200"), daysAgo(60)));

        given().contentType(ContentType.JSON)
                .body(activity(partnership, facility, daysAgo(30)))
                .post("/api/v1/activities")
                .then()
                .statusCode(201)
                .body("facilityId", equalTo(facility));
        given().contentType(ContentType.JSON)
                .body(internship(partnership, facility, daysAgo(20)))
                .post("/api/v1/exchanges")
                .then()
                .statusCode(201)
                .body("facilityId", equalTo(facility));

        refused("/api/v1/activities", activity(partnership, elsewhere, daysAgo(30)), "facilityId")
                .body("detail", containsString("belongs to this record's partnership"));
        refused("/api/v1/activities", activity(partnership, UUID.randomUUID().toString(), daysAgo(30)), "facilityId");
        refused("/api/v1/activities", activity(partnership, facility, daysAgo(61)), "facilityId")
                .body("detail", containsString("opened on " + daysAgo(60) + "; occurredOn " + daysAgo(61)));
        refused("/api/v1/exchanges", internship(partnership, facility, daysAgo(19)), "facilityId")
                .body("detail", containsString("closed on " + daysAgo(20) + "; occurredOn " + daysAgo(19)));

        // Amending re-checks: a later date falls after the facility closed.
        String activity = log("/api/v1/activities", activity(partnership, facility, daysAgo(25)));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(activity(partnership, facility, daysAgo(5)))
                .put("/api/v1/activities/" + activity)
                .then()
                .statusCode(422)
                .body("field", equalTo("facilityId"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(activity(partnership, null, daysAgo(5)))
                .put("/api/v1/activities/" + activity)
                .then()
                .statusCode(200)
                .body("facilityId", nullValue());

        // A revoked facility is no place to name.
        String revoked = log(FACILITIES, facility(partnership, daysAgo(60)));
        given().queryParam("reason", "登记有误")
                .delete(FACILITIES + "/" + revoked)
                .then()
                .statusCode(200);
        refused("/api/v1/activities", activity(partnership, revoked, daysAgo(30)), "facilityId")
                .body("detail", containsString("revoked"));
    }

    @Test
    void aFacilityTellsWhatTookPlaceThereAndItsDatesKeepCoveringIt() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        String facility = log(FACILITIES, facility(partnership, daysAgo(90)));
        given().get(FACILITIES + "/" + facility + "/usage")
                .then()
                .statusCode(200)
                .body("activities", equalTo(0))
                .body("lastUsedOn", nullValue());
        log("/api/v1/activities", activity(partnership, facility, daysAgo(80)));
        String revokedActivity = log("/api/v1/activities", activity(partnership, facility, daysAgo(3)));
        given().queryParam("reason", "未举办")
                .delete("/api/v1/activities/" + revokedActivity)
                .then()
                .statusCode(200);
        log("/api/v1/exchanges", internship(partnership, facility, daysAgo(40)));
        log("/api/v1/activities", activity(partnership, null, daysAgo(2)));

        given().get(FACILITIES + "/" + facility + "/usage")
                .then()
                .body("facilityId", equalTo(facility))
                .body("activities", equalTo(1))
                .body("exchanges", equalTo(1))
                .body("firstUsedOn", equalTo(daysAgo(80).toString()))
                .body("lastUsedOn", equalTo(daysAgo(40).toString()));
        given().get("/api/v1/activities?partnership=" + partnership + "&facility=" + facility)
                .then()
                .body("totalItems", equalTo(2));
        given().get("/api/v1/exchanges?facility=" + facility).then().body("totalItems", equalTo(1));

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("closedOn", daysAgo(41).toString()))
                .post(FACILITIES + "/" + facility + "/close")
                .then()
                .statusCode(422)
                .body("field", equalTo("closedOn"))
                .body(
                        "detail",
                        containsString("1 activity and 1 exchange took place here, the last on " + daysAgo(40)));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(facility(partnership, daysAgo(79)))
                .put(FACILITIES + "/" + facility)
                .then()
                .statusCode(422)
                .body("field", equalTo("openedOn"));
        given().queryParam("reason", "撤销")
                .delete(FACILITIES + "/" + facility)
                .then()
                .statusCode(409)
                .body("detail", containsString("1 activity and 1 exchange took place at this facility"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("closedOn", daysAgo(40).toString()))
                .post(FACILITIES + "/" + facility + "/close")
                .then()
                .statusCode(200);
    }

    /** Eight amendments based on the same version, released together: one wins, the others learn it changed. */
    @Test
    void parallelAmendmentsAtTheSameVersionLetExactlyOneWin() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        String facility = log(FACILITIES, facility(partnership, daysAgo(90)));
        int n = 8;
        List<Response> answers = Parallel.run(n, i -> {
            Map<String, Object> amended = facility(partnership, daysAgo(90));
            amended.put("seats", 100 + i);
            return given().contentType(ContentType.JSON)
                    .header("If-Match", "\"1\"")
                    .body(amended)
                    .put(FACILITIES + "/" + facility);
        });
        assertEquals(
                1,
                Parallel.count(answers, 200),
                () -> answers.stream().map(Response::statusCode).toList().toString());
        assertEquals(n - 1, Parallel.count(answers, 412));
        int winner = answers.stream()
                .filter(answer -> answer.statusCode() == 200)
                .findFirst()
                .orElseThrow()
                .path("seats");
        given().get(FACILITIES + "/" + facility)
                .then()
                .header("ETag", equalTo("\"2\""))
                .body("seats", equalTo(winner));
        given().get(FACILITIES + "/" + facility + "/history").then().body("action", contains("logged", "amended"));
    }
}
