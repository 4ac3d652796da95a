package io.gongjian.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.Published;
import io.gongjian.evaluation.Scores;
import io.gongjian.evaluation.application.CurrentScores;
import io.gongjian.evaluation.application.ScoreReport;
import io.gongjian.evaluation.infrastructure.WindowShiftJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Scores fed by real events through the broker: what a front-end reads after the parties log records. Each test
 * has its own partnership (20 university and 10 enterprise party members).
 */
@QuarkusTest
class ScoreApiTest {

    @Inject
    BusinessCalendar calendar;

    @Inject
    WindowShiftJob windowShift;

    @Inject
    CurrentScores currentScores;

    @Inject
    ObjectMapper json;

    @Test
    void aLoggedActivityMovesTheScoreAndTheResponseExplainsEveryFigure() {
        UUID partnership = Published.partnership("450200");
        Scores.await(partnership, s -> s.getString("grade") != null);
        UUID activity = UUID.randomUUID();
        Published.activity(activity, partnership, 1, false, calendar.today(), 6, 3);

        JsonPath score =
                Scores.await(partnership, s -> new BigDecimal("1.00").equals(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY")));

        assertEquals(partnership.toString(), score.getString("partnershipId"));
        assertEquals(calendar.today().toString(), score.getString("asOf"));
        assertEquals(365, score.getInt("windowDays"));
        // (6 + 3) / (20 + 10) = 0.3; one activity a year against the default target 12.
        assertEquals(new BigDecimal("0.30"), Scores.raw(score, "ORG_PARTICIPATION"));
        assertEquals(new BigDecimal("30.00"), Scores.value(score, "ORG_PARTICIPATION", "score"));
        assertEquals(new BigDecimal("8.33"), Scores.value(score, "ORG_ACTIVITY_FREQUENCY", "score"));
        assertEquals(new BigDecimal("12.00"), Scores.value(score, "ORG_ACTIVITY_FREQUENCY", "target"));
        assertEquals(
                List.of(activity.toString()),
                Scores.indicator(score, "ORG_PARTICIPATION").get("recordIds"));
        // ORGANIZATION (30 + 8.33…) / 2 weighs 0.25 of the 0.85 available (FEEDBACK has nothing).
        assertEquals(new BigDecimal("5.64"), score.getObject("composite", BigDecimal.class));
        assertEquals(new BigDecimal("0.53"), score.getObject("coverage", BigDecimal.class));
        assertEquals("NEEDS_IMPROVEMENT", score.getString("grade"));
        Map<String, Object> feedback = score.getMap("dimensions.find { it.code == 'FEEDBACK' }");
        assertEquals(false, feedback.get("available"));
        assertEquals(null, feedback.get("score"));
        assertEquals(null, Scores.indicator(score, "SOC_INFLUENCE_INDEX").get("raw"));
        BigDecimal recomputed = Scores.recomputedComposite(score);
        assertTrue(
                recomputed.subtract(new BigDecimal("5.64")).abs().compareTo(new BigDecimal("0.005")) <= 0,
                "Σ weight × score = " + recomputed);
    }

    @Test
    void anAmendedRecordCountsWithItsLatestContentAndARevokedOneNotAtAll() {
        UUID partnership = Published.partnership("450200");
        UUID activity = UUID.randomUUID();
        Published.activity(activity, partnership, 1, false, calendar.today(), 6, 3);
        Scores.await(partnership, s -> new BigDecimal("0.30").equals(Scores.raw(s, "ORG_PARTICIPATION")));

        Published.activity(activity, partnership, 2, false, calendar.today(), 12, 6);
        Scores.await(partnership, s -> new BigDecimal("0.60").equals(Scores.raw(s, "ORG_PARTICIPATION")));

        // The first version arriving late changes nothing; the revocation removes the activity from every indicator.
        Published.activity(activity, partnership, 1, false, calendar.today(), 6, 3);
        Published.activity(activity, partnership, 3, true, calendar.today(), 12, 6);
        JsonPath score =
                Scores.await(partnership, s -> new BigDecimal("0.00").equals(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY")));
        assertEquals(false, Scores.indicator(score, "ORG_PARTICIPATION").get("available"));
        assertEquals(
                List.of(), Scores.indicator(score, "ORG_ACTIVITY_FREQUENCY").get("recordIds"));
    }

    @Test
    void aRedeliveredEventCountsOnce() {
        UUID partnership = Published.partnership("450200");
        var event = Published.exchange(UUID.randomUUID(), partnership, 1, calendar.today(), 5);
        io.gongjian.testing.TestEvents.publish(
                io.gongjian.events.Topics.ACTIVITY, partnership.toString(), event); // the same event again
        Published.exchange(UUID.randomUUID(), partnership, 1, calendar.today(), 7);

        Scores.await(partnership, s -> new BigDecimal("12.00").equals(Scores.raw(s, "RES_TALENT_EXCHANGES")));
    }

    @Test
    void aNewMemberCountMovesTheParticipationOfTheActivitiesAfterIt() {
        UUID university = UUID.randomUUID();
        UUID enterprise = UUID.randomUUID();
        Published.organization(university, 1, 20);
        Published.organization(enterprise, 1, 10);
        UUID partnership = UUID.randomUUID();
        Published.partnership(partnership, 1, "ACTIVE", "450200", university, enterprise, Map.of());
        Published.activity(UUID.randomUUID(), partnership, 1, false, calendar.today(), 6, 3);
        Scores.await(partnership, s -> new BigDecimal("0.30").equals(Scores.raw(s, "ORG_PARTICIPATION")));

        Published.organization(university, 2, 40);

        // (6 + 3) / (40 + 10)
        Scores.await(partnership, s -> new BigDecimal("0.18").equals(Scores.raw(s, "ORG_PARTICIPATION")));
    }

    @Test
    void theAgreementsOwnTargetReplacesTheDefault() {
        UUID university = UUID.randomUUID();
        UUID enterprise = UUID.randomUUID();
        Published.organization(university, 1, 20);
        Published.organization(enterprise, 1, 10);
        UUID partnership = UUID.randomUUID();
        Published.partnership(
                partnership,
                1,
                "ACTIVE",
                "450200",
                university,
                enterprise,
                Map.of("ORG_ACTIVITY_FREQUENCY", new BigDecimal("4")));
        Published.activity(UUID.randomUUID(), partnership, 1, false, calendar.today(), 6, 3);

        JsonPath score =
                Scores.await(partnership, s -> new BigDecimal("1.00").equals(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY")));

        assertEquals(new BigDecimal("4.00"), Scores.value(score, "ORG_ACTIVITY_FREQUENCY", "target"));
        assertEquals(new BigDecimal("25.00"), Scores.value(score, "ORG_ACTIVITY_FREQUENCY", "score"));
    }

    @Test
    void otherDatesAndWindowsAreComputedOnRequest() {
        UUID partnership = Published.partnership("450200");
        LocalDate today = calendar.today();
        Published.activity(UUID.randomUUID(), partnership, 1, false, today.minusDays(10), 6, 3);
        Published.activity(UUID.randomUUID(), partnership, 1, false, today.minusDays(100), 6, 3);
        Scores.await(partnership, s -> new BigDecimal("2.00").equals(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY")));

        JsonPath thirtyDays = given().auth()
                .oauth2(Scores.token("admin"))
                .queryParam("windowDays", 30)
                .get("/api/v1/evaluation/partnerships/{id}/score", partnership)
                .then()
                .statusCode(200)
                .body("windowDays", equalTo(30))
                .extract()
                .jsonPath(Scores.EXACT);
        // One activity in 30 days is 365 / 30 a year.
        assertEquals(new BigDecimal("12.17"), Scores.raw(thirtyDays, "ORG_ACTIVITY_FREQUENCY"));

        JsonPath beforeBoth = given().auth()
                .oauth2(Scores.token("admin"))
                .queryParam("asOf", today.minusDays(101).toString())
                .get("/api/v1/evaluation/partnerships/{id}/score", partnership)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath(Scores.EXACT);
        assertEquals(new BigDecimal("0.00"), Scores.raw(beforeBoth, "ORG_ACTIVITY_FREQUENCY"));
    }

    @Test
    void whenTheDateChangesTheWindowMovesAndOldRecordsLeaveIt() throws Exception {
        UUID partnership = Published.partnership("450200");
        LocalDate today = calendar.today();
        Published.activity(UUID.randomUUID(), partnership, 1, false, today.minusDays(364), 6, 3);
        Scores.await(partnership, s -> new BigDecimal("1.00").equals(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY")));

        LocalDate tomorrow = today.plusDays(1);
        assertTrue(windowShift.moveWindows(tomorrow) >= 1);

        var stored = json.readValue(
                QuarkusTransaction.requiringNew()
                        .call(() -> currentScores.document(partnership, tomorrow))
                        .orElseThrow(),
                ScoreReport.class);
        var frequency = stored.indicators().stream()
                .filter(line -> line.code().name().equals("ORG_ACTIVITY_FREQUENCY"))
                .findFirst()
                .orElseThrow();
        assertEquals(new BigDecimal("0.00"), frequency.raw());
        assertEquals(tomorrow, stored.asOf());
        // Today's readers are not served tomorrow's window: today's scores are computed on request meanwhile.
        assertEquals(new BigDecimal("1.00"), Scores.raw(Scores.of(partnership), "ORG_ACTIVITY_FREQUENCY"));
        windowShift.moveWindows(today);
    }

    @Test
    void instancesShiftingTheWindowAtOnceShiftEachPartnershipOnce() throws Exception {
        UUID partnership = Published.partnership("450300");
        LocalDate today = calendar.today();
        Published.activity(UUID.randomUUID(), partnership, 1, false, today.minusDays(3), 6, 3);
        Scores.await(partnership, s -> new BigDecimal("1.00").equals(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY")));
        LocalDate tomorrow = today.plusDays(1);
        int stale = QuarkusTransaction.requiringNew()
                .call(() -> currentScores.computedOnOtherDay(tomorrow))
                .size();

        // Three instances' jobs, started together on the same database.
        int instances = 3;
        CyclicBarrier start = new CyclicBarrier(instances);
        ExecutorService jobs = Executors.newFixedThreadPool(instances);
        List<Future<Integer>> moved = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            moved.add(jobs.submit(() -> {
                start.await();
                return windowShift.moveWindows(tomorrow);
            }));
        }
        int shifts = 0;
        for (Future<Integer> job : moved) {
            shifts += job.get(2, TimeUnit.MINUTES);
        }
        jobs.shutdown();
        int stillStale = QuarkusTransaction.requiringNew()
                .call(() -> currentScores.computedOnOtherDay(tomorrow))
                .size();
        windowShift.moveWindows(today);

        assertTrue(stale >= 1, "nothing to shift");
        // Each partnership shifted by one of them (or, held by an event being applied, left for the next run).
        assertEquals(stale, shifts + stillStale, "shifts by the three jobs and partnerships left over");
    }

    @Test
    void aRankingOrdersTheActivePartnershipsOfARegionByCompositeThenCode() {
        String region = "65" + (1000 + ThreadLocalRandom.current().nextInt(9000));
        LocalDate yesterday = calendar.today().minusDays(1);
        UUID best = Published.partnership(region);
        UUID second = Published.partnership(region);
        UUID third = Published.partnership(region);
        for (int i = 0; i < 3; i++) {
            Published.activity(UUID.randomUUID(), best, 1, false, yesterday, 6, 3);
        }
        Published.activity(UUID.randomUUID(), second, 1, false, yesterday, 6, 3);
        Published.activity(UUID.randomUUID(), third, 1, false, yesterday, 6, 3);
        UUID draft = UUID.randomUUID();
        Published.partnership(draft, 1, "DRAFT", region, UUID.randomUUID(), UUID.randomUUID(), Map.of());
        Scores.await(best, s -> new BigDecimal("3.00").equals(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY")));
        Scores.await(second, s -> new BigDecimal("1.00").equals(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY")));
        Scores.await(third, s -> new BigDecimal("1.00").equals(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY")));
        Scores.await(draft, s -> s.getString("grade") != null);

        // Equal composites: the partnership code decides.
        List<String> tied = new ArrayList<>(List.of(Published.code(second, region), Published.code(third, region)));
        tied.sort(Comparator.naturalOrder());
        List<String> expected = List.of(Published.code(best, region), tied.get(0), tied.get(1));
        for (String asOf : List.of("", yesterday.toString())) {
            given().auth()
                    .oauth2(Scores.token("admin"))
                    .queryParam("region", region)
                    .queryParam("asOf", asOf)
                    .get("/api/v1/evaluation/rankings")
                    .then()
                    .statusCode(200)
                    .body("region", equalTo(region))
                    .body("totalItems", equalTo(3))
                    .body("items.code", contains(expected.toArray()))
                    .body("items.rank", contains(1, 2, 3))
                    .body("items.partnershipId", not(hasItem(draft.toString())));
        }
        given().auth()
                .oauth2(Scores.token("admin"))
                .queryParam("region", region)
                .queryParam("page", 1)
                .queryParam("size", 1)
                .get("/api/v1/evaluation/rankings")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].rank", equalTo(2))
                .body("totalPages", equalTo(3));
    }

    @Test
    void theHistoryGivesOnePointPerMonthEndUpToTheRequestedDay() {
        UUID partnership = Published.partnership("450200");
        LocalDate today = calendar.today();
        Published.activity(UUID.randomUUID(), partnership, 1, false, today, 6, 3);
        Scores.await(partnership, s -> new BigDecimal("1.00").equals(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY")));
        LocalDate from = today.minusMonths(2).withDayOfMonth(1);

        JsonPath history = given().auth()
                .oauth2(Scores.token("admin"))
                .queryParam("from", from.toString())
                .queryParam("step", "MONTH")
                .get("/api/v1/evaluation/partnerships/{id}/history", partnership)
                .then()
                .statusCode(200)
                .body("step", equalTo("MONTH"))
                .body("points", hasSize(3))
                .body(
                        "points[0].asOf",
                        equalTo(from.withDayOfMonth(from.lengthOfMonth()).toString()))
                .body("points[2].asOf", equalTo(today.toString()))
                .extract()
                .jsonPath(Scores.EXACT);
        assertEquals(
                Scores.of(partnership).getObject("composite", BigDecimal.class),
                history.getObject("points[2].composite", BigDecimal.class));
    }

    @Test
    void theCatalogueListsTheThirteenIndicatorsWithTheirWeights() {
        given().auth()
                .oauth2(Scores.token("viewer"))
                .get("/api/v1/evaluation/indicators")
                .then()
                .statusCode(200)
                .body("indicators", hasSize(13))
                .body("dimensions", hasSize(5))
                .body("indicators.find { it.code == 'ORG_PARTICIPATION' }.nameZh", equalTo("党员参与率"))
                .body("indicators.find { it.code == 'RES_TALENT_EXCHANGES' }.defaultTarget", equalTo(100))
                .body("indicators.find { it.code == 'SOC_INFLUENCE_INDEX' }.defaultTarget", nullValue())
                .body("indicators.find { it.code == 'FB_SATISFACTION_INDEX' }.defaultWeight", equalTo(0.075f));
    }

    @Test
    void theLabelCatalogueNamesEveryEnumValueInBothLanguagesAndRevalidatesWith304() {
        String etag = given().auth()
                .oauth2(Scores.token("viewer"))
                .get("/api/v1/evaluation/labels")
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("max-age"))
                .body("languages", contains("zh", "en"))
                .body("enums.ActivityType.JOINT_STUDY.zh", equalTo("联学"))
                .body("enums.ActivityType.JOINT_STUDY.en", equalTo("Joint study"))
                .body("enums.Grade.NEEDS_IMPROVEMENT.zh", equalTo("待改进"))
                .body("enums.RecordStatus.REVOKED.zh", equalTo("已撤销"))
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Scores.token("viewer"))
                .header("If-None-Match", etag)
                .get("/api/v1/evaluation/labels")
                .then()
                .statusCode(304);
    }

    @Test
    void unreadableQueriesAreTheCallersMistake() {
        UUID partnership = Published.partnership("450200");
        Scores.await(partnership, s -> s.getString("grade") != null);
        for (var query :
                List.of(Map.entry("from", "yesterday"), Map.entry("windowDays", "a year"), Map.entry("step", "WEEK"))) {
            given().auth()
                    .oauth2(Scores.token("admin"))
                    .queryParam(query.getKey(), query.getValue())
                    .get("/api/v1/evaluation/partnerships/{id}/history", partnership)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo(query.getKey()));
        }
        for (var query : List.of(
                Map.entry("windowDays", "29"),
                Map.entry("windowDays", "1096"),
                Map.entry("asOf", calendar.today().plusDays(1).toString()))) {
            given().auth()
                    .oauth2(Scores.token("admin"))
                    .queryParam(query.getKey(), query.getValue())
                    .get("/api/v1/evaluation/partnerships/{id}/score", partnership)
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("field", equalTo(query.getKey()));
        }
        given().auth()
                .oauth2(Scores.token("admin"))
                .queryParam("region", "4")
                .get("/api/v1/evaluation/rankings")
                .then()
                .statusCode(422)
                .body("field", equalTo("region"));
        given().auth()
                .oauth2(Scores.token("admin"))
                .get("/api/v1/evaluation/partnerships/{id}/score", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
