package io.gongjian.evaluation.application;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.Published;
import io.gongjian.evaluation.Scores;
import io.gongjian.evaluation.StoredScores;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Rebuilds built beside the live model (issue 16): the live scores stay readable and live events and inputs keep
 * moving them while it is built; one left by a stopped instance is resumed from where it got; the switch leaves the
 * scores an incremental application gave, what happened meanwhile included. The test profile replays 50 events and
 * scores 50 partnerships per step, so that every phase takes several.
 */
@QuarkusTest
class ReadModelRebuildTest {

    private static final String REBUILDS = "/api/v1/evaluation/read-model/rebuilds";
    private static final String STOPPED_INSTANCE = "an instance that stopped";

    @Inject
    ReadModelRebuilds rebuilds;

    @Inject
    RebuildStore store;

    @Inject
    EventReplay replay;

    @Inject
    BusinessCalendar calendar;

    @Inject
    EntityManager em;

    @Test
    void aRebuildLeftHalfWayByAStoppedInstanceIsResumedAndMissesNothingThatHappenedMeanwhile() {
        UUID partnership = Published.partnership("450200");
        Published.activity(UUID.randomUUID(), partnership, 1, false, calendar.today(), 6, 3);
        Published.exchange(UUID.randomUUID(), partnership, 1, calendar.today(), 12);
        Scores.await(partnership, s -> activities(s) == 1 && new BigDecimal("12.00").compareTo(exchanges(s)) == 0);

        // Another instance replays and scores everything, then stops before it catches up.
        ReadModelRebuild left = ReadModelRebuild.started(STOPPED_INSTANCE, OffsetDateTime.now());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> store.add(left)));
        try (EventReplay.Reader reader = replay.open()) {
            int steps = 0;
            while (phase(left.id()).ordinal() < RebuildPhase.CATCHING_UP.ordinal()) {
                assertTrue(rebuilds.step(left.id(), STOPPED_INSTANCE, reader));
                steps++;
            }
            assertTrue(steps > 3, "replayed and scored in several steps: " + steps);
        }
        JsonPath halfWay = status(left.id());
        assertEquals("CATCHING_UP", halfWay.getString("phase"));
        assertTrue(halfWay.getLong("eventsRead") >= halfWay.getLong("eventsToReplay"));
        assertTrue(halfWay.getInt("partnershipsScored") > 0);

        // Meanwhile the live model goes on: a logged activity and an assessment move the live scores at once.
        Published.activity(UUID.randomUUID(), partnership, 1, false, calendar.today(), 4, 2);
        Scores.assess(partnership, "ORG_CONSTRUCTION", 91, calendar.today());
        Scores.await(
                partnership,
                s -> activities(s) == 2
                        && new BigDecimal("91.00").compareTo(Scores.raw(s, "ORG_CONSTRUCTION_SCORE")) == 0);
        Map<UUID, String> live = StoredScores.reports(em);

        // Silent for longer than the abandon time: the next request resumes it here instead of starting another.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE read_model_rebuild SET heartbeat_at = now() - interval '1 hour' WHERE id = :id")
                .setParameter("id", left.id())
                .executeUpdate());
        Response resumed = given().auth().oauth2(Scores.token("admin")).post(REBUILDS);
        assertEquals(202, resumed.statusCode());
        assertEquals(left.id().toString(), resumed.jsonPath().getString("id"));
        assertTrue(resumed.header("Location").endsWith(REBUILDS + "/" + left.id()));
        JsonPath done = awaitFinished(left.id());

        assertEquals("SWITCHED", done.getString("phase"));
        assertEquals(live, StoredScores.reports(em), "the rebuilt scores are those the live model had");
        JsonPath score = Scores.of(partnership);
        assertEquals(2, activities(score));
        assertEquals(0, new BigDecimal("91.00").compareTo(Scores.raw(score, "ORG_CONSTRUCTION_SCORE")));
        List<?> leftOver = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("SELECT 1 FROM pg_namespace WHERE nspname = 'evaluation_rebuild'")
                        .getResultList());
        assertTrue(leftOver.isEmpty(), "the schema it was built in is gone");
    }

    @Test
    void twoRebuildsRequestedAtOnceAreOneRebuild() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> ids = new ArrayList<>();
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    together.await();
                    return given().auth().oauth2(Scores.token("admin")).post(REBUILDS);
                }));
            }
            for (Future<Response> answer : answers) {
                assertEquals(202, answer.get().statusCode());
                ids.add(answer.get().jsonPath().getString("id"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(ids.get(0), ids.get(1));
        assertEquals("SWITCHED", awaitFinished(UUID.fromString(ids.get(0))).getString("phase"));
    }

    @Test
    void aRebuildThatIsNotThereIsNotFound() {
        given().auth()
                .oauth2(Scores.token("admin"))
                .get(REBUILDS + "/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private static JsonPath status(UUID id) {
        return given().auth()
                .oauth2(Scores.token("admin"))
                .get(REBUILDS + "/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath awaitFinished(UUID id) {
        JsonPath[] last = new JsonPath[1];
        Awaitility.await()
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    last[0] = status(id);
                    return last[0].getString("finishedAt") != null;
                });
        return last[0];
    }

    private RebuildPhase phase(UUID id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> store.find(id).orElseThrow().phase());
    }

    private static int activities(JsonPath score) {
        return Scores.value(score, "ORG_ACTIVITY_FREQUENCY", "recordCount").intValue();
    }

    private static BigDecimal exchanges(JsonPath score) {
        return Scores.raw(score, "RES_TALENT_EXCHANGES");
    }
}
