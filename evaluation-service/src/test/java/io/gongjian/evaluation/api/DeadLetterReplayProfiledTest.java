package io.gongjian.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.commons.events.CloudEvent;
import io.gongjian.evaluation.ProductionSettings;
import io.gongjian.evaluation.Published;
import io.gongjian.evaluation.Scores;
import io.gongjian.events.EventTypes;
import io.gongjian.events.Topics;
import io.gongjian.testing.ConsoleLog;
import io.gongjian.testing.Metrics;
import io.gongjian.testing.Parallel;
import io.gongjian.testing.TestEvents;
import io.gongjian.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dead-letter tools against the real broker: an event the consumer cannot apply is listed with its reason;
 * once the cause is fixed, replaying it applies it, once, however many admins press the button at the same moment.
 * The service runs with {@code LOG_JSON=true}, as in the Helm chart: what it logs meanwhile is one JSON object a
 * line, naming the trace, the request and the caller.
 */
@QuarkusTest
@TestProfile(ProductionSettings.class)
class DeadLetterReplayProfiledTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String PATH = "/api/v1/evaluation/inbox/dead-letters";
    private static final String PARTNERSHIP_DLQ = Topics.PARTNERSHIP + ".dlq";
    private static final String APPLIED = "gongjian_events_applied_total";

    @Inject
    EntityManager em;

    /** The first token of a run can take Keycloak several seconds: not inside the waits below. */
    @BeforeEach
    void signIn() {
        Scores.token("admin");
    }

    @Test
    void anEventThatFailedForADefectIsListedAndAppliedOnceWhenReplayedAfterTheFix() throws Exception {
        UUID university = UUID.randomUUID();
        UUID enterprise = UUID.randomUUID();
        Published.organization(university, 1, 20);
        Published.organization(enterprise, 1, 10);
        UUID partnership = UUID.randomUUID();
        // The defect: the read model refuses this partnership for a reason no retry cures.
        refuseInTheReadModel(partnership);
        CloudEvent event;
        try (TopicReader deadLetters = TopicReader.fromNow(PARTNERSHIP_DLQ);
                ConsoleLog log = ConsoleLog.capture()) {
            event = Published.partnership(partnership, 1, "ACTIVE", "450200", university, enterprise, Map.of());
            deadLetters.awaitOne(letter -> partnership.toString().equals(letter.key()), Duration.ofSeconds(30));
            // The consumer's report, on its own thread, names the trace of the event's process span.
            JsonNode failure = jsonLine(log, "sent to the dead-letter topic", "simulated defect");
            assertEquals("ERROR", failure.path("level").asText(), failure.toString());
            assertEquals(
                    "io.gongjian.inbox.Consumption", failure.path("loggerName").asText());
            assertTrue(failure.path("mdc").path("traceId").asText().matches("[0-9a-f]{32}"), failure.toString());
        } finally {
            fix();
        }
        Map<String, Object> listed = listed(PARTNERSHIP_DLQ, event.id());
        assertEquals(Topics.PARTNERSHIP, listed.get("originalTopic"));
        assertEquals(partnership.toString(), listed.get("recordKey"));
        assertEquals(event.type(), listed.get("eventType"));
        assertTrue(listed.get("reason").toString().contains("simulated defect"), listed.toString());
        assertNotNull(listed.get("deadLetteredAt"));
        assertNull(listed.get("replayedAt"));
        given().auth()
                .oauth2(Scores.token("admin"))
                .get("/api/v1/evaluation/partnerships/{id}/score", partnership)
                .then()
                .statusCode(404);

        String place =
                PATH + "/" + PARTNERSHIP_DLQ + "/" + listed.get("partition") + "/" + listed.get("offset") + "/replay";
        double applied = Metrics.count(APPLIED, "type", EventTypes.PARTNERSHIP_CHANGED);
        List<Response> replays;
        List<TopicReader.Event> copies;
        JsonNode logged;
        try (TopicReader topic = TopicReader.fromNow(Topics.PARTNERSHIP);
                ConsoleLog log = ConsoleLog.capture()) {
            replays = Parallel.run(6, i -> given().auth()
                    .oauth2(Scores.token("admin"))
                    .header("X-Request-Id", "dead-letter-replay-" + i)
                    .post(place));
            copies = topic.readFor(Duration.ofSeconds(3)).stream()
                    .filter(record -> partnership.toString().equals(record.key()))
                    .toList();
            logged = jsonLine(log, "replayed to " + Topics.PARTNERSHIP, event.id());
        }
        assertEquals(1, Parallel.count(replays, 200), statuses(replays));
        assertEquals(5, Parallel.count(replays, 409), statuses(replays));
        Response conflict =
                replays.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertEquals("application/problem+json", conflict.contentType());
        assertTrue(conflict.jsonPath().getString("detail").contains("by admin"), conflict.asString());
        assertEquals(1, copies.size(), "one replay on the topic: " + copies);
        assertEquals(event.id(), copies.get(0).value().path("id").asText());
        // The operator's act in the log, as a collector receives it: date, level, logger, trace, request, caller.
        assertEquals("INFO", logged.path("level").asText(), logged.toString());
        assertEquals("io.gongjian.inbox.DeadLetters", logged.path("loggerName").asText());
        OffsetDateTime.parse(logged.path("timestamp").asText());
        JsonNode mdc = logged.path("mdc");
        assertTrue(mdc.path("traceId").asText().matches("[0-9a-f]{32}"), logged.toString());
        assertTrue(mdc.path("requestId").asText().startsWith("dead-letter-replay-"), logged.toString());
        assertEquals(subjectOf("admin"), mdc.path("subject").asText(), logged.toString());

        Scores.await(partnership, score -> true);
        assertEquals(1L, inboxEntries(event.id()));
        Awaitility.await()
                .during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(10))
                .until(() -> Metrics.count(APPLIED, "type", EventTypes.PARTNERSHIP_CHANGED) == applied + 1);
        Map<String, Object> replayed = listed(PARTNERSHIP_DLQ, event.id());
        assertEquals("admin", replayed.get("replayedBy"));
        assertNotNull(replayed.get("replayedAt"));
        JsonPath pending = list("?topic=" + PARTNERSHIP_DLQ + "&replayed=false&size=100");
        assertNull(pending.get("items.find { it.eventId == '" + event.id() + "' }"), "still listed as pending");

        // Later: asked again, it is refused and nothing is sent.
        given().auth()
                .oauth2(Scores.token("admin"))
                .header("Accept-Language", "zh")
                .post(place)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aMalformedEventIsListedWithItsReasonAndWithoutAnIdOrType() {
        String key = UUID.randomUUID().toString();
        try (TopicReader deadLetters = TopicReader.fromNow(PARTNERSHIP_DLQ)) {
            TestEvents.publishRaw(Topics.PARTNERSHIP, key, "this is not JSON");
            deadLetters.awaitOne(letter -> key.equals(letter.key()), Duration.ofSeconds(30));
        }
        Map<String, Object> listed = Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> list("?topic=" + PARTNERSHIP_DLQ + "&size=100")
                                .getMap("items.find { it.recordKey == '" + key + "' }"),
                        item -> item != null);
        assertTrue(listed.get("reason").toString().contains("not a CloudEvent"), listed.toString());
        assertNull(listed.get("eventId"));
        assertNull(listed.get("eventType"));
    }

    @Test
    void onlyPlatformAdminsSeeAndReplayDeadLetters() {
        for (String user : List.of("viewer", "gx-bureau", "lzzy-admin")) {
            given().auth()
                    .oauth2(Scores.token(user))
                    .get(PATH)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(Scores.token(user))
                    .post(PATH + "/" + PARTNERSHIP_DLQ + "/0/0/replay")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().get(PATH).then().statusCode(401);
    }

    @Test
    void anUnknownTopicOrPlaceIsRefusedNamingIt() {
        given().auth()
                .oauth2(Scores.token("admin"))
                .get(PATH + "?topic=gongjian.partnership.events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString(PARTNERSHIP_DLQ));
        given().auth()
                .oauth2(Scores.token("admin"))
                .post(PATH + "/gongjian.partnership.events/0/0/replay")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Scores.token("admin"))
                .post(PATH + "/" + PARTNERSHIP_DLQ + "/0/" + Long.MAX_VALUE + "/replay")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theOperationsCarryOperationIdsOfTheirOwn() {
        JsonPath document = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .extract()
                .jsonPath();
        assertEquals("evaluationListDeadLetters", document.getString("paths.'" + PATH + "'.get.operationId"));
        assertEquals(
                "evaluationReplayDeadLetter",
                document.getString("paths.'" + PATH + "/{topic}/{partition}/{offset}/replay'.post.operationId"));
    }

    private Map<String, Object> listed(String topic, String eventId) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> list("?topic=" + topic + "&size=100")
                                .getMap("items.find { it.eventId == '" + eventId + "' }"),
                        item -> item != null);
    }

    private static JsonPath list(String query) {
        return given().auth()
                .oauth2(Scores.token("admin"))
                .get(PATH + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private void refuseInTheReadModel(UUID partnership) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("CREATE OR REPLACE FUNCTION simulated_defect() RETURNS trigger AS $$ BEGIN"
                            + " IF NEW.id = '" + partnership + "' THEN RAISE EXCEPTION 'simulated defect'; END IF;"
                            + " RETURN NEW; END $$ LANGUAGE plpgsql")
                    .executeUpdate();
            em.createNativeQuery("CREATE TRIGGER simulated_defect BEFORE INSERT OR UPDATE ON evaluated_partnership"
                            + " FOR EACH ROW EXECUTE FUNCTION simulated_defect()")
                    .executeUpdate();
        });
    }

    private void fix() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DROP TRIGGER IF EXISTS simulated_defect ON evaluated_partnership")
                    .executeUpdate();
            em.createNativeQuery("DROP FUNCTION IF EXISTS simulated_defect()").executeUpdate();
        });
    }

    private long inboxEntries(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number)
                        em.createNativeQuery("SELECT count(*) FROM inbox WHERE event_id = CAST(:id AS uuid)")
                                .setParameter("id", eventId)
                                .getSingleResult())
                .longValue());
    }

    /** The one console line, as JSON, whose message says all of {@code words}; fails when a line is not JSON. */
    private static JsonNode jsonLine(ConsoleLog log, String... words) throws IOException {
        List<JsonNode> matching = new ArrayList<>();
        for (String line : log.lines()) {
            JsonNode json = JSON.readTree(line);
            String message = json.path("message").asText();
            if (List.of(words).stream().allMatch(message::contains)) {
                matching.add(json);
            }
        }
        assertEquals(1, matching.size(), "lines saying " + List.of(words) + ": " + log.lines());
        return matching.get(0);
    }

    private static String subjectOf(String user) {
        return given().auth()
                .oauth2(Scores.token(user))
                .get("/api/v1/evaluation/whoami")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("subject");
    }

    private static String statuses(List<Response> responses) {
        return responses.stream()
                .map(r -> r.statusCode() + " " + r.asString())
                .toList()
                .toString();
    }
}
