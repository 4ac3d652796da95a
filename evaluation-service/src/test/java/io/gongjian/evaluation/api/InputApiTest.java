package io.gongjian.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.Published;
import io.gongjian.evaluation.Scores;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Evaluator inputs as a bureau officer records them: each one is in the partnership's scores as soon as it is
 * acknowledged (no waiting), and bad input is refused with the field it concerns, writing nothing.
 */
@QuarkusTest
class InputApiTest {

    @Inject
    BusinessCalendar calendar;

    private UUID partnership;
    private LocalDate today;

    @BeforeEach
    void aPartnershipInGuangxi() {
        today = calendar.today();
        partnership = Published.partnership("450200");
        Scores.await(partnership, s -> s.getString("grade") != null);
    }

    @Test
    void anAssessmentCountsTheMomentItIsRecordedAndTheLaterOfTwoOnTheSameDayWins() {
        String first = record(
                "assessments",
                Map.of(
                        "partnershipId",
                        partnership,
                        "kind",
                        "ORG_CONSTRUCTION",
                        "score",
                        70,
                        "assessedOn",
                        today.minusDays(1).toString()));
        assertEquals(
                0, new BigDecimal("70.00").compareTo(Scores.raw(Scores.of(partnership), "ORG_CONSTRUCTION_SCORE")));
        String second = record(
                "assessments",
                Map.of(
                        "partnershipId",
                        partnership,
                        "kind",
                        "ORG_CONSTRUCTION",
                        "score",
                        90,
                        "assessedOn",
                        today.minusDays(1).toString()));

        JsonPath score = Scores.of(partnership);
        assertEquals(0, new BigDecimal("90.00").compareTo(Scores.raw(score, "ORG_CONSTRUCTION_SCORE")));
        assertEquals(
                java.util.List.of(second),
                Scores.indicator(score, "ORG_CONSTRUCTION_SCORE").get("recordIds"));

        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .queryParam("reason", "entered on the wrong partnership")
                .delete("/api/v1/evaluation/assessments/{id}", second)
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        assertEquals(
                0, new BigDecimal("70.00").compareTo(Scores.raw(Scores.of(partnership), "ORG_CONSTRUCTION_SCORE")));
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .get("/api/v1/evaluation/assessments/{id}/history", second)
                .then()
                .statusCode(200)
                .body("action", equalTo(java.util.List.of("recorded", "withdrawn")))
                .body("actor", hasItem("gx-bureau"));
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .queryParam("partnership", partnership.toString())
                .queryParam("kind", "ORG_CONSTRUCTION")
                .get("/api/v1/evaluation/assessments")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", hasItem(first));
    }

    @Test
    void assessmentsSurveysAndRectificationsAreImportedThroughTheirOwnPostsAndCount() {
        String token = Scores.token("gx-bureau");
        LocalDate day = today.minusDays(2);
        List<String> assessments = imported(
                token,
                "assessments",
                "合作编号,评价类别,评分,评价日期,评语\n"
                        + partnership + ",组织建设完善度,77," + day + ",导入\n"
                        + partnership + ",,80," + day + ",\n");
        assertEquals(2, assessments.size(), assessments.toString());
        assertTrue(assessments.get(1).startsWith("3,kind,required.one-of,"), assessments.get(1));
        assertEquals(
                0, new BigDecimal("77.00").compareTo(Scores.raw(Scores.of(partnership), "ORG_CONSTRUCTION_SCORE")));

        List<String> surveys = imported(
                token,
                "surveys",
                "合作编号,调查类别,调查对象,收集日期,答卷人数,平均分\n"
                        + partnership + ",满意度,企业方," + day + ",40,88.2\n"
                        + partnership + ",SATISFACTION,UNIVERSITY," + day + ",0,90\n");
        assertTrue(surveys.get(1).startsWith("3,respondents,"), surveys.toString());

        List<String> rectifications = imported(
                token,
                "rectifications",
                "合作编号,整改问题,提出日期,整改期限\n"
                        + partnership + ",企业方党员参与率偏低," + day + "," + today.plusDays(30) + "\n"
                        + partnership + ",期限早于提出," + day + "," + day.minusDays(1) + "\n");
        assertTrue(rectifications.get(1).startsWith("3,dueOn,date.before-other,"), rectifications.toString());
        for (String kind : new String[] {"assessments", "surveys", "rectifications"}) {
            given().auth()
                    .oauth2(token)
                    .queryParam("partnership", partnership.toString())
                    .get("/api/v1/evaluation/" + kind)
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(1));
        }
        // The activity service's kinds are not this service's.
        given().auth()
                .oauth2(token)
                .get("/api/v1/imports/templates/activities")
                .then()
                .statusCode(422)
                .body("field", equalTo("kind"));
    }

    /** Imports a CSV file of a kind in valid-rows mode; answers the lines of its report once the job finished. */
    private static List<String> imported(String token, String kind, String csv) {
        String location = given().auth()
                .oauth2(token)
                .multiPart("file", kind + ".csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("kind", kind)
                .multiPart("mode", "valid-rows")
                .post("/api/v1/imports")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !List.of("QUEUED", "RUNNING")
                        .contains(given().auth().oauth2(token).get(location).path("state")));
        String report = given().auth()
                .oauth2(token)
                .get(location + "/report")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return List.of(report.split("\r\n"));
    }

    @Test
    void satisfactionWeighsBothSidesEquallyWhateverTheirRespondents() {
        survey("SATISFACTION", "UNIVERSITY", 100, "80");
        survey("SATISFACTION", "ENTERPRISE", 10, "90");
        survey("SATISFACTION", "PUBLIC", 500, "10");
        survey("SOCIAL_INFLUENCE", "PUBLIC", 30, "70");
        survey("SOCIAL_INFLUENCE", "ENTERPRISE", 10, "90");

        JsonPath score = Scores.of(partnership);
        assertEquals(0, new BigDecimal("85.00").compareTo(Scores.raw(score, "FB_SATISFACTION_INDEX")));
        // (30 × 70 + 10 × 90) / 40
        assertEquals(0, new BigDecimal("75.00").compareTo(Scores.raw(score, "SOC_INFLUENCE_INDEX")));
    }

    @Test
    void aRectificationItemCountsAsDoneOnceCompletedByTheParty() {
        String item = record(
                "rectifications",
                Map.of(
                        "partnershipId",
                        partnership,
                        "issue",
                        "企业方党员参与率偏低",
                        "raisedOn",
                        today.minusDays(30).toString(),
                        "dueOn",
                        today.plusDays(30).toString()));
        assertEquals(0, BigDecimal.ZERO.compareTo(Scores.raw(Scores.of(partnership), "FB_RECTIFICATION_RATE")));

        // The organisation admins of the parties complete their items; lzzy-admin is not a party of this one.
        given().auth()
                .oauth2(Scores.token("lzzy-admin"))
                .contentType(ContentType.JSON)
                .body(Map.of("completedOn", today.toString()))
                .post("/api/v1/evaluation/rectifications/{id}/complete", item)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(Map.of("completedOn", today.toString(), "note", "已建立党员积分制"))
                .post("/api/v1/evaluation/rectifications/{id}/complete", item)
                .then()
                .statusCode(200)
                .body("completed", equalTo(true))
                .body("completedOn", equalTo(today.toString()));
        assertEquals(
                0,
                new BigDecimal("100.00")
                        .compareTo(Scores.value(Scores.of(partnership), "FB_RECTIFICATION_RATE", "score")));
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(Map.of("completedOn", today.toString()))
                .post("/api/v1/evaluation/rectifications/{id}/complete", item)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void anAmendmentNeedsTheVersionItIsBasedOn() {
        Map<String, Object> body = Map.of(
                "partnershipId", partnership, "kind", "TEACHING_MODE", "score", 60, "assessedOn", today.toString());
        String id = record("assessments", body);
        Map<String, Object> amended = new java.util.HashMap<>(body);
        amended.put("score", 75);
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(amended)
                .put("/api/v1/evaluation/assessments/{id}", id)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(amended)
                .put("/api/v1/evaluation/assessments/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");
        assertEquals(
                0, new BigDecimal("75.00").compareTo(Scores.raw(Scores.of(partnership), "INN_TEACHING_MODE_SCORE")));
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(amended)
                .put("/api/v1/evaluation/assessments/{id}", id)
                .then()
                .statusCode(412);
    }

    @Test
    void badInputIsRefusedWithItsFieldAndWritesNothing() {
        for (var refused : java.util.List.of(
                Map.entry(
                        "score",
                        Map.<String, Object>of(
                                "partnershipId",
                                partnership,
                                "kind",
                                "TEACHING_MODE",
                                "score",
                                101,
                                "assessedOn",
                                "2026-01-05")),
                Map.entry(
                        "assessedOn",
                        Map.<String, Object>of(
                                "partnershipId",
                                partnership,
                                "kind",
                                "TEACHING_MODE",
                                "score",
                                80,
                                "assessedOn",
                                today.plusDays(1).toString())),
                Map.entry(
                        "kind",
                        Map.<String, Object>of(
                                "partnershipId", partnership, "score", 80, "assessedOn", today.toString())),
                Map.entry(
                        "partnershipId",
                        Map.<String, Object>of(
                                "partnershipId",
                                UUID.randomUUID(),
                                "kind",
                                "TEACHING_MODE",
                                "score",
                                80,
                                "assessedOn",
                                today.toString())))) {
            given().auth()
                    .oauth2(Scores.token("gx-bureau"))
                    .contentType(ContentType.JSON)
                    .body(refused.getValue())
                    .post("/api/v1/evaluation/assessments")
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("field", equalTo(refused.getKey()));
        }
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "partnershipId",
                        partnership,
                        "kind",
                        "SATISFACTION",
                        "side",
                        "ENTERPRISE",
                        "collectedOn",
                        today.toString(),
                        "respondents",
                        0,
                        "mean",
                        80))
                .post("/api/v1/evaluation/surveys")
                .then()
                .statusCode(422)
                .body("field", equalTo("respondents"));
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body("{\"partnershipId\": \"" + partnership + "\", \"kind\": \"SATISFACTION\", \"colour\": \"red\"}")
                .post("/api/v1/evaluation/surveys")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("colour"));
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body("{\"partnershipId\": ")
                .post("/api/v1/evaluation/rectifications")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "partnershipId",
                        partnership,
                        "issue",
                        "x",
                        "raisedOn",
                        today.toString(),
                        "dueOn",
                        today.minusDays(1).toString()))
                .post("/api/v1/evaluation/rectifications")
                .then()
                .statusCode(422)
                .body("field", equalTo("dueOn"));
        for (String collection : java.util.List.of("assessments", "surveys", "rectifications")) {
            given().auth()
                    .oauth2(Scores.token("admin"))
                    .queryParam("partnership", partnership.toString())
                    .get("/api/v1/evaluation/" + collection)
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(0));
        }
    }

    private void survey(String kind, String side, int respondents, String mean) {
        record(
                "surveys",
                Map.of(
                        "partnershipId", partnership,
                        "kind", kind,
                        "side", side,
                        "collectedOn", today.toString(),
                        "respondents", respondents,
                        "mean", new BigDecimal(mean)));
    }

    @Test
    void anAssessmentRecordedAgainUnderItsExternalRefChangesNothingAndAnotherScoreUnderItIsRefused() {
        Map<String, Object> body = Map.of(
                "partnershipId",
                partnership,
                "externalRef",
                "PG-2026-07",
                "kind",
                "ORG_CONSTRUCTION",
                "score",
                70,
                "assessedOn",
                today.minusDays(1).toString());
        String id = record("assessments", body);
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/evaluation/assessments")
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("externalRef", equalTo("PG-2026-07"));
        Map<String, Object> other = new java.util.HashMap<>(body);
        other.put("score", 95);
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(other)
                .post("/api/v1/evaluation/assessments")
                .then()
                .statusCode(409)
                .body("field", equalTo("externalRef"))
                .body("existingId", equalTo(id));

        assertEquals(
                0, new BigDecimal("70.00").compareTo(Scores.raw(Scores.of(partnership), "ORG_CONSTRUCTION_SCORE")));
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .queryParam("externalRef", "PG-2026-07")
                .get("/api/v1/evaluation/assessments")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(java.util.List.of(id)));
    }

    private String record(String collection, Map<String, Object> body) {
        return given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/evaluation/" + collection)
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", "\"1\"")
                .extract()
                .path("id");
    }
}
