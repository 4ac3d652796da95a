package io.gongjian.evaluation.infrastructure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.commons.events.CloudEvent;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.Published;
import io.gongjian.evaluation.Scores;
import io.gongjian.evaluation.StoredScores;
import io.gongjian.evaluation.application.ReadModel;
import io.gongjian.evaluation.domain.JointFacility;
import io.gongjian.events.EventTypes;
import io.gongjian.events.Topics;
import io.gongjian.testing.Metrics;
import io.gongjian.testing.TestEvents;
import io.gongjian.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The read model fed through the real broker: never stuck on a bad event, and rebuildable from the topics. */
@QuarkusTest
class ReadModelTest {

    private static final String DEAD_LETTERS = "gongjian_events_dead_lettered_total";
    private static final String APPLIED = "gongjian_events_applied_total";
    private static final String SKIPPED = "gongjian_events_duplicates_skipped_total";
    private static final String FRESHNESS_COUNT = "gongjian_score_freshness_seconds_count";
    private static final String RECOMPUTATIONS_COUNT = "gongjian_score_recomputations_seconds_count";

    @Inject
    BusinessCalendar calendar;

    @Inject
    EntityManager em;

    @Inject
    ReadModel readModel;

    @Test
    void aMalformedActivityEventOrOneOfAnUnknownTypeGoesToTheDeadLetterTopicWithItsReasonAndConsumptionGoesOn() {
        UUID partnership = Published.partnership("450200");
        double deadBefore = Metrics.value(DEAD_LETTERS, "channel", "activity-events");
        try (TopicReader deadLetters = TopicReader.fromNow(Topics.ACTIVITY + ".dlq")) {
            String missingDate = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\""
                    + EventTypes.ACTIVITY_CHANGED + "\",\"data\":{\"id\":\"" + UUID.randomUUID()
                    + "\",\"version\":1,\"partnershipId\":\"" + partnership + "\"}}";
            TestEvents.publishRaw(Topics.ACTIVITY, partnership.toString(), missingDate);
            TestEvents.publishRaw(Topics.ACTIVITY, partnership.toString(), "this is not JSON");
            UUID newer = UUID.randomUUID();
            TestEvents.publishRaw(
                    Topics.ACTIVITY,
                    partnership.toString(),
                    "{\"specversion\":\"1.0\",\"id\":\"" + newer
                            + "\",\"type\":\"io.gongjian.activity.ActivityChanged.v2\"," + "\"data\":{\"id\":\""
                            + UUID.randomUUID() + "\"}}");
            Published.activity(UUID.randomUUID(), partnership, 1, false, calendar.today(), 6, 3);

            Scores.await(
                    partnership, s -> new BigDecimal("1.00").compareTo(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY")) == 0);
            List<TopicReader.Event> dead =
                    deadLetters.awaitUntil(record -> deadLetters.seen().size() == 3, Duration.ofSeconds(15));
            assertTrue(dead.stream()
                    .allMatch(letter -> partnership.toString().equals(letter.key())
                            && "evaluation-service".equals(letter.headers().get("dead-letter-consumer"))));
            assertTrue(
                    dead.get(0).headers().get("dead-letter-reason").contains("has unreadable data"), dead.toString());
            assertTrue(dead.get(1).headers().get("dead-letter-reason").contains("not a CloudEvent"), dead.toString());
            assertEquals(
                    "event " + newer + " is of type io.gongjian.activity.ActivityChanged.v2, which is not one of"
                            + " ActivityEvent's types this service knows",
                    dead.get(2).headers().get("dead-letter-reason"));
            Awaitility.await()
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> Metrics.value(DEAD_LETTERS, "channel", "activity-events") == deadBefore + 3);
        }
    }

    /** Issue 17: what the dashboard and alerts read moves as the events are applied, skipped and scored. */
    @Test
    void appliedAndRedeliveredEventsAreCountedByTopicAndTypeAndTheScoresFreshnessIsMeasured() {
        UUID partnership = Published.partnership("450200");
        Scores.await(partnership, s -> true);
        double applied = Metrics.count(APPLIED, "type", EventTypes.ACTIVITY_CHANGED);
        double skipped = Metrics.count(SKIPPED, "type", EventTypes.ACTIVITY_CHANGED);
        double fresh = Metrics.value(FRESHNESS_COUNT);
        double recomputations = Metrics.value(RECOMPUTATIONS_COUNT);

        CloudEvent event = Published.activity(UUID.randomUUID(), partnership, 1, false, calendar.today(), 6, 3);
        TestEvents.publish(Topics.ACTIVITY, partnership.toString(), event);
        Scores.await(partnership, s -> new BigDecimal("1.00").compareTo(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY")) == 0);

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> Metrics.count(SKIPPED, "type", EventTypes.ACTIVITY_CHANGED) == skipped + 1);
        assertEquals(applied + 1, Metrics.count(APPLIED, "type", EventTypes.ACTIVITY_CHANGED));
        assertTrue(Metrics.scrape()
                .contains(
                        APPLIED + "{topic=\"" + Topics.ACTIVITY + "\",type=\"" + EventTypes.ACTIVITY_CHANGED + "\"}"));
        // The one event that moved a score, measured from its time to the score's commit; the duplicate moved none.
        assertEquals(fresh + 1, Metrics.value(FRESHNESS_COUNT));
        assertTrue(Metrics.value(RECOMPUTATIONS_COUNT) > recomputations);
        // Caught up: nothing waits on the topic, so no lag.
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> Metrics.value("gongjian_consumer_lag_records", "topic", Topics.ACTIVITY) == 0
                        && Metrics.value("gongjian_consumer_lag_seconds", "topic", Topics.ACTIVITY) == 0);
    }

    /**
     * A record's events arriving together (a poll, a rebuild's step) are read with one query: its first version, its
     * second and the first again leave the second stored and counted.
     */
    @Test
    void aRecordsVersionsArrivingTogetherLeaveItsNewestStored() {
        UUID partnership = Published.partnership("450200");
        UUID activity = UUID.randomUUID();
        Published.activity(activity, partnership, 1, false, calendar.today(), 6, 3);
        Published.activity(activity, partnership, 2, false, calendar.today(), 8, 4);
        Published.activity(activity, partnership, 1, false, calendar.today(), 6, 3);
        // Applied in order after the three: an exchange that shows they all were.
        Published.exchange(UUID.randomUUID(), partnership, 1, calendar.today(), 12);
        Scores.await(partnership, s -> new BigDecimal("12.00").compareTo(Scores.raw(s, "RES_TALENT_EXCHANGES")) == 0);

        assertEquals(
                2L,
                QuarkusTransaction.requiringNew()
                        .call(() -> readModel.stored(activity).orElseThrow().version()));
        JsonPath score = Scores.of(partnership);
        assertEquals(0, new BigDecimal("1.00").compareTo(Scores.raw(score, "ORG_ACTIVITY_FREQUENCY")));
        assertEquals(0, new BigDecimal("0.40").compareTo(Scores.raw(score, "ORG_PARTICIPATION")));
    }

    @Test
    void aRebuildFromBothTopicsGivesTheScoresTheEventsBuiltOneByOne() {
        UUID partnership = Published.partnership("450200");
        UUID activity = UUID.randomUUID();
        Published.activity(activity, partnership, 1, false, calendar.today(), 6, 3);
        Published.activity(activity, partnership, 2, false, calendar.today(), 8, 4);
        Published.exchange(UUID.randomUUID(), partnership, 1, calendar.today(), 12);
        UUID output = UUID.randomUUID();
        Published.achievement(
                output, partnership, "RESEARCH_OUTPUT", calendar.today().minusDays(20));
        Published.conversion(
                UUID.randomUUID(), partnership, output, calendar.today().minusDays(5), "35.5");
        Scores.await(
                partnership,
                s -> new BigDecimal("35.50").compareTo(Scores.raw(s, "SOC_ECONOMIC_CONTRIBUTION")) == 0
                        && new BigDecimal("0.40").compareTo(Scores.raw(s, "ORG_PARTICIPATION")) == 0
                        && new BigDecimal("12.00").compareTo(Scores.raw(s, "RES_TALENT_EXCHANGES")) == 0);
        // Once the partnership is known here: an assessment of an unknown one is refused.
        Scores.assess(partnership, "ORG_CONSTRUCTION", 88, calendar.today());
        Map<UUID, String> incremental = StoredScores.reports(em);

        given().auth()
                .oauth2(Scores.token("admin"))
                .post("/api/v1/evaluation/read-model/rebuild")
                .then()
                .statusCode(200);

        Map<UUID, String> rebuilt = StoredScores.reports(em);
        assertTrue(incremental.containsKey(partnership));
        assertEquals(incremental.keySet(), rebuilt.keySet());
        for (UUID id : incremental.keySet()) {
            assertEquals(incremental.get(id), rebuilt.get(id), "scores of partnership " + id);
        }
    }

    /** INDICATORS.md: a conversion counts only while its achievement is not revoked (issue 11). */
    @Test
    void aRevokedOutputsConversionsLeaveTheScoreWhicheverOrderTheirEventsArriveIn() {
        UUID partnership = Published.partnership("450200");
        UUID output = UUID.randomUUID();
        Published.achievement(
                output,
                partnership,
                1,
                false,
                "RESEARCH_OUTPUT",
                calendar.today().minusDays(20));
        Published.conversion(
                UUID.randomUUID(), partnership, output, calendar.today().minusDays(5), "250");
        Scores.await(partnership, s -> new BigDecimal("250").compareTo(contribution(s)) == 0);
        // The output is revoked; its conversion's own revocation is still on its way.
        Published.achievement(
                output,
                partnership,
                2,
                true,
                "RESEARCH_OUTPUT",
                calendar.today().minusDays(20));
        Scores.await(partnership, s -> contribution(s).signum() == 0);

        // Out of order: the revocation first, then the conversion, then the achievement's older version.
        UUID late = Published.partnership("450200");
        UUID lateOutput = UUID.randomUUID();
        Published.achievement(
                lateOutput, late, 2, true, "RESEARCH_OUTPUT", calendar.today().minusDays(20));
        Published.conversion(
                UUID.randomUUID(), late, lateOutput, calendar.today().minusDays(5), "250");
        Published.achievement(
                lateOutput, late, 1, false, "RESEARCH_OUTPUT", calendar.today().minusDays(20));
        Published.exchange(UUID.randomUUID(), late, 1, calendar.today(), 12); // after all of them, same partition
        var score = Scores.await(late, s -> new BigDecimal("12").compareTo(Scores.raw(s, "RES_TALENT_EXCHANGES")) == 0);
        assertEquals(0, contribution(score).signum());
        assertEquals(null, Scores.raw(score, "INN_CONVERSION_RATE"));
    }

    /**
     * Facilities reach the read model in their latest version whatever order and however often their events come,
     * and move no score: the 13 indicators do not read them (INDICATORS.md), so the stored scores are not even
     * recomputed.
     */
    @Test
    void facilitiesReachTheReadModelInTheirLatestVersionAndMoveNoScore() {
        UUID partnership = Published.partnership("450200");
        Published.activity(UUID.randomUUID(), partnership, 1, false, calendar.today(), 6, 3);
        Scores.await(partnership, s -> new BigDecimal("1.00").compareTo(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY")) == 0);
        Object[] scoresBefore = currentScore(partnership);

        UUID lab = UUID.randomUUID();
        CloudEvent amended =
                Published.facility(lab, partnership, 2, false, calendar.today().minusDays(30));
        Published.facility(lab, partnership, 1, false, calendar.today().minusDays(31)); // late: older version
        TestEvents.publish(Topics.ACTIVITY, partnership.toString(), amended); // delivered twice
        UUID mistaken = UUID.randomUUID();
        Published.facility(mistaken, partnership, 1, false, calendar.today().minusDays(10));
        Published.facility(mistaken, partnership, 2, true, calendar.today().minusDays(10)); // last, same partition

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> facilities(partnership).stream()
                .anyMatch(facility -> facility.id().equals(mistaken) && facility.revoked()));
        List<JointFacility> facilities = facilities(partnership);
        assertEquals(
                List.of(lab, mistaken),
                facilities.stream().map(JointFacility::id).toList());
        JointFacility kept = facilities.get(0);
        assertEquals(2, kept.version());
        assertEquals("新能源汽车联合实验室 v2", kept.name());
        assertEquals(calendar.today().minusDays(30), kept.openedOn());
        assertEquals(0, new BigDecimal("850").compareTo(kept.equipmentValue()));
        assertEquals("LABORATORY", kept.kind());

        Object[] scoresAfter = currentScore(partnership);
        assertEquals(scoresBefore[0], scoresAfter[0], "the score report");
        assertEquals(scoresBefore[1], scoresAfter[1], "when the scores were computed");
    }

    private List<JointFacility> facilities(UUID partnership) {
        return QuarkusTransaction.requiringNew().call(() -> readModel.facilitiesOf(partnership));
    }

    private Object[] currentScore(UUID partnership) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[])
                em.createNativeQuery("SELECT report, computed_at FROM current_score WHERE partnership_id = :id")
                        .setParameter("id", partnership)
                        .getSingleResult());
    }

    private static BigDecimal contribution(io.restassured.path.json.JsonPath score) {
        return Scores.raw(score, "SOC_ECONOMIC_CONTRIBUTION");
    }
}
