package io.gongjian.evaluation.infrastructure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.Published;
import io.gongjian.evaluation.Scores;
import io.gongjian.evaluation.application.ScoreUpdates;
import io.gongjian.events.EventTypes;
import io.gongjian.events.OrganizationChanged;
import io.gongjian.events.Topics;
import io.gongjian.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The day figures every score is summed from (issue 16), kept current day by day as events and inputs arrive: they
 * must be exactly those folded at once from the read model, whatever moved a record between days, and a large
 * partnership's score lists its records page by page instead of inline.
 */
@QuarkusTest
class DayFiguresTest {

    /** The region of the first test's partnership alone, so that its ranking lists only it. */
    private static final String RANKED_REGION = "459916";

    @Inject
    BusinessCalendar calendar;

    @Inject
    EntityManager em;

    @Inject
    ScoreUpdates updates;

    @Test
    void figuresKeptDayByDayAreThoseFoldedAtOnceWhateverMovedTheRecords() {
        LocalDate today = calendar.today();
        UUID university = UUID.randomUUID();
        UUID enterprise = UUID.randomUUID();
        Published.organization(university, 1, 20);
        Published.organization(enterprise, 1, 10);
        UUID partnership = UUID.randomUUID();
        // Records before their partnership: folded once it is known.
        UUID early = UUID.randomUUID();
        Published.activity(early, partnership, 1, false, today.minusDays(40), 6, 3);
        Published.partnership(partnership, 1, "ACTIVE", RANKED_REGION, university, enterprise, Map.of());

        UUID moved = UUID.randomUUID();
        Published.activity(moved, partnership, 1, false, today.minusDays(10), 4, 2);
        Published.activity(moved, partnership, 2, false, today.minusDays(3), 8, 4); // moved to another day
        UUID revoked = UUID.randomUUID();
        Published.activity(revoked, partnership, 1, false, today.minusDays(3), 2, 2);
        Published.activity(revoked, partnership, 2, true, today.minusDays(3), 2, 2);
        Published.exchange(UUID.randomUUID(), partnership, 1, today.minusDays(2), 15);

        // A conversion before its research output, then an output registered long before its conversions.
        UUID output = UUID.randomUUID();
        Published.conversion(UUID.randomUUID(), partnership, output, today.minusDays(5), "40");
        Published.achievement(output, partnership, "RESEARCH_OUTPUT", today.minusDays(100));
        UUID movedOutput = UUID.randomUUID();
        Published.achievement(movedOutput, partnership, 1, false, "RESEARCH_OUTPUT", today.minusDays(60));
        Published.conversion(UUID.randomUUID(), partnership, movedOutput, today.minusDays(1), "12.5");
        Published.achievement(movedOutput, partnership, 2, false, "RESEARCH_OUTPUT", today.minusDays(50));
        UUID deadOutput = UUID.randomUUID();
        Published.achievement(deadOutput, partnership, 1, false, "RESEARCH_OUTPUT", today.minusDays(30));
        Published.conversion(UUID.randomUUID(), partnership, deadOutput, today.minusDays(20), "1000");
        Published.achievement(deadOutput, partnership, 2, true, "RESEARCH_OUTPUT", today.minusDays(30));

        // The university side had 40 party members until 30 days ago: only the days before that move.
        TestEvents.publish(
                Topics.PARTNERSHIP,
                EventTypes.ORGANIZATION_CHANGED,
                university,
                new OrganizationChanged(
                        university,
                        2,
                        "组织 " + university,
                        "UNIVERSITY_COMMITTEE",
                        "COMMITTEE",
                        "机构 " + university,
                        null,
                        "450200",
                        List.of(
                                new OrganizationChanged.MemberCount(LocalDate.of(2020, 1, 1), 40),
                                new OrganizationChanged.MemberCount(today.minusDays(30), 20)),
                        null));

        // An assessment amended to another day, and a survey batch.
        String assessment = Scores.assess(partnership, "ORG_CONSTRUCTION", 70, today.minusDays(8));
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of(
                        "partnershipId",
                        partnership,
                        "kind",
                        "ORG_CONSTRUCTION",
                        "score",
                        82,
                        "assessedOn",
                        today.minusDays(6).toString()))
                .put("/api/v1/evaluation/assessments/{id}", assessment)
                .then()
                .statusCode(200);
        Published.exchange(UUID.randomUUID(), partnership, 1, today, 5); // last: the others were applied before it

        JsonPath kept = Scores.await(
                partnership, s -> new BigDecimal("20.00").compareTo(Scores.raw(s, "RES_TALENT_EXCHANGES")) == 0);
        // By hand: the early activity at 40 + 10 members (9 / 50 = 0.18), the moved one at 20 + 10 (12 / 30 = 0.4).
        assertEquals(new BigDecimal("0.29"), Scores.raw(kept, "ORG_PARTICIPATION"));
        assertEquals(new BigDecimal("2.00"), Scores.raw(kept, "ORG_ACTIVITY_FREQUENCY"));
        assertEquals(new BigDecimal("52.50"), Scores.raw(kept, "SOC_ECONOMIC_CONTRIBUTION"));
        assertEquals(new BigDecimal("1.00"), Scores.raw(kept, "INN_CONVERSION_RATE"));
        assertEquals(new BigDecimal("82.00"), Scores.raw(kept, "ORG_CONSTRUCTION_SCORE"));
        assertEquals(
                List.of(assessment),
                Scores.indicator(kept, "ORG_CONSTRUCTION_SCORE").get("recordIds"));
        assertEquals(
                List.of(early.toString(), moved.toString()),
                Scores.indicator(kept, "ORG_PARTICIPATION").get("recordIds"));
        String keptReport = report(partnership);

        // Folded at once from the read model as it is now.
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("day_figures", "figures_folded")) {
                em.createNativeQuery("DELETE FROM " + table + " WHERE partnership_id = :id")
                        .setParameter("id", partnership)
                        .executeUpdate();
            }
        });
        assertTrue(updates.foldUnfolded() >= 1);
        assertEquals(keptReport, report(partnership));

        // A ranking as of another date sums the counts in the database and the rest here: the same standing.
        for (LocalDate asOf :
                List.of(today, today.minusDays(1), today.minusDays(5), today.minusDays(7), today.minusDays(55))) {
            JsonPath score = given().auth()
                    .oauth2(Scores.token("admin"))
                    .queryParam("asOf", asOf.toString())
                    .queryParam("windowDays", 90)
                    .get("/api/v1/evaluation/partnerships/{id}/score", partnership)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath(Scores.EXACT);
            JsonPath ranking = given().auth()
                    .oauth2(Scores.token("admin"))
                    .queryParam("region", RANKED_REGION)
                    .queryParam("asOf", asOf.toString())
                    .queryParam("windowDays", 90)
                    .get("/api/v1/evaluation/rankings")
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(1))
                    .extract()
                    .jsonPath(Scores.EXACT);
            for (String field : List.of("composite", "grade", "coverage")) {
                assertEquals(score.getString(field), ranking.getString("items[0]." + field), field + " as of " + asOf);
            }
        }
    }

    @Test
    void aLargePartnershipsScoreCountsItsRecordsAndListsThemPageByPage() {
        UUID partnership = Published.partnership("450200");
        LocalDate today = calendar.today();
        int activities = 501; // two entries each (frequency and participation): more than the 1,000 listed inline
        Set<String> logged = new HashSet<>();
        for (int i = 0; i < activities; i++) {
            UUID activity = UUID.randomUUID();
            logged.add(activity.toString());
            Published.activity(activity, partnership, 1, false, today.minusDays(i % 300), 6, 3);
        }
        JsonPath score = Scores.await(
                partnership,
                s -> ((Number) Scores.indicator(s, "ORG_ACTIVITY_FREQUENCY").get("recordCount")).intValue()
                        == activities);
        assertEquals(
                List.of(), Scores.indicator(score, "ORG_ACTIVITY_FREQUENCY").get("recordIds"));
        assertEquals(
                activities,
                ((Number) Scores.indicator(score, "ORG_PARTICIPATION").get("recordCount")).intValue());
        assertEquals(
                0, ((Number) Scores.indicator(score, "RES_TALENT_EXCHANGES").get("recordCount")).intValue());

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 6; page++) {
            paged.addAll(given().auth()
                    .oauth2(Scores.token("gx-bureau"))
                    .queryParam("page", page)
                    .queryParam("size", 100)
                    .get(
                            "/api/v1/evaluation/partnerships/{id}/score/indicators/ORG_ACTIVITY_FREQUENCY/records",
                            partnership)
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(activities))
                    .body("totalPages", equalTo(6))
                    .body("indicator", equalTo("ORG_ACTIVITY_FREQUENCY"))
                    .extract()
                    .<String>jsonPath()
                    .getList("items", String.class));
        }
        assertEquals(activities, paged.size());
        assertEquals(logged, new HashSet<>(paged));

        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .header("Accept-Language", "zh-CN")
                .get("/api/v1/evaluation/partnerships/{id}/score/indicators/NO_SUCH_INDICATOR/records", partnership)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private String report(UUID partnership) {
        return QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("SELECT report FROM current_score WHERE partnership_id = :id")
                        .setParameter("id", partnership)
                        .getSingleResult());
    }
}
