package io.gongjian.activity.infrastructure;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.activity.application.PartnershipViews;
import io.gongjian.activity.domain.PartnershipView;
import io.gongjian.commons.events.CloudEvent;
import io.gongjian.events.EventTypes;
import io.gongjian.events.PartnershipChanged;
import io.gongjian.events.Topics;
import io.gongjian.testing.TestEvents;
import io.gongjian.testing.Tokens;
import io.gongjian.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The partnership read model, fed through the real broker: idempotent, order-tolerant, never stuck on poison. */
@QuarkusTest
class PartnershipEventsConsumerTest {

    private static final String DEAD_LETTERS = "/api/v1/activities/inbox/dead-letters";
    private static final String DEAD_LETTER_TOPIC = Topics.PARTNERSHIP + ".dlq";

    @Inject
    PartnershipViews views;

    @Inject
    EntityManager entityManager;

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        UUID id = UUID.randomUUID();
        CloudEvent event = TestEvents.publish(
                TestEvents.partnership(id, 1, "ACTIVE", "450200", UUID.randomUUID(), UUID.randomUUID()));
        TestEvents.publish(Topics.PARTNERSHIP, id.toString(), event);
        TestEvents.publish(TestEvents.partnership(id, 2, "SUSPENDED", "450200", UUID.randomUUID(), UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> view(id).map(PartnershipView::version).orElse(0L) == 2);
        long applied = QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createNativeQuery("SELECT count(*) FROM inbox WHERE event_id = :id", Long.class)
                .setParameter("id", UUID.fromString(event.id()))
                .getSingleResult());
        assertEquals(1, applied);
    }

    @Test
    void anOlderVersionArrivingLateChangesNothing() {
        UUID id = UUID.randomUUID();
        UUID university = UUID.randomUUID();
        UUID enterprise = UUID.randomUUID();
        TestEvents.publish(TestEvents.partnership(id, 3, "SUSPENDED", "450200", university, enterprise));
        TestEvents.publish(TestEvents.partnership(id, 2, "ACTIVE", "450200", university, enterprise));
        PartnershipChanged marker =
                TestEvents.partnership(UUID.randomUUID(), 1, "ACTIVE", "450200", university, enterprise);
        // Same key order is not guaranteed across keys; wait until the late event has surely been consumed.
        TestEvents.publish(TestEvents.partnership(id, 2, "ACTIVE", "450200", university, enterprise));
        TestEvents.publish(marker);
        await().atMost(Duration.ofSeconds(30)).until(() -> view(marker.id()).isPresent() && view(id).isPresent());
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> view(id).orElseThrow().version() == 3);
        assertEquals("SUSPENDED", view(id).orElseThrow().status());
    }

    @Test
    void aMalformedEventOrOneOfAnUnknownTypeGoesToTheDeadLetterTopicWithItsReasonAndConsumptionGoesOn() {
        UUID id = UUID.randomUUID();
        try (TopicReader deadLetters = TopicReader.fromNow(Topics.PARTNERSHIP + ".dlq")) {
            String broken = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\""
                    + EventTypes.PARTNERSHIP_CHANGED + "\",\"data\":{\"id\":\"not-a-uuid\"}}";
            UUID unknownId = UUID.randomUUID();
            String unknown = "{\"specversion\":\"1.0\",\"id\":\"" + unknownId
                    + "\",\"type\":\"io.gongjian.partnership.PartnershipMerged.v1\",\"data\":{\"id\":\"" + id + "\"}}";
            TestEvents.publishRaw(Topics.PARTNERSHIP, id.toString(), broken);
            TestEvents.publishRaw(Topics.PARTNERSHIP, id.toString(), "this is not JSON");
            TestEvents.publishRaw(Topics.PARTNERSHIP, id.toString(), unknown);
            TestEvents.publish(TestEvents.partnership(id, 1, "ACTIVE", "450200", UUID.randomUUID(), UUID.randomUUID()));
            await().atMost(Duration.ofSeconds(30)).until(() -> view(id).isPresent());
            List<TopicReader.Event> dead =
                    deadLetters.awaitUntil(record -> deadLetters.seen().size() == 3, Duration.ofSeconds(15));
            assertTrue(dead.stream()
                    .allMatch(letter -> id.toString().equals(letter.key())
                            && Topics.PARTNERSHIP.equals(letter.headers().get("dead-letter-topic"))
                            && "activity-service".equals(letter.headers().get("dead-letter-consumer"))));
            assertTrue(dead.get(0).headers().get("dead-letter-reason").contains("unreadable data"), dead.toString());
            assertTrue(dead.get(1).headers().get("dead-letter-reason").contains("not a CloudEvent"), dead.toString());
            assertEquals(
                    "event " + unknownId + " is of type io.gongjian.partnership.PartnershipMerged.v1,"
                            + " which is not one of PartnershipEvent's types this service knows",
                    dead.get(2).headers().get("dead-letter-reason"));
        }
    }

    /**
     * Its admins see the service's own dead letters with their reasons; a replay of one that still cannot be applied
     * sends it back to the dead-letter topic as a new dead letter, and the same one is not replayed twice.
     */
    @Test
    void theDeadLettersAreListedForAdminsAndOneReplayedThatFailsAgainComesBackOnce() {
        String key = UUID.randomUUID().toString();
        String admin = Tokens.forUser("admin");
        try (TopicReader deadLetters = TopicReader.fromNow(DEAD_LETTER_TOPIC)) {
            TestEvents.publishRaw(Topics.PARTNERSHIP, key, "this is not JSON");
            deadLetters.awaitOne(letter -> key.equals(letter.key()), Duration.ofSeconds(30));
            Map<String, Object> letter = listed(admin, key, 1).get(0);
            assertTrue(letter.get("reason").toString().contains("not a CloudEvent"), letter.toString());
            assertEquals(Topics.PARTNERSHIP, letter.get("originalTopic"));
            String replay = DEAD_LETTERS + "/" + DEAD_LETTER_TOPIC + "/" + letter.get("partition") + "/"
                    + letter.get("offset") + "/replay";

            given().auth().oauth2(admin).post(replay).then().statusCode(200).body("replayedBy", is("admin"));
            given().auth().oauth2(admin).post(replay).then().statusCode(409).contentType("application/problem+json");
            // Still unreadable: back in the dead-letter topic, once, as a new dead letter not yet replayed.
            deadLetters.awaitUntil(
                    record -> deadLetters.seen().stream()
                                    .filter(seen -> key.equals(seen.key()))
                                    .count()
                            == 2,
                    Duration.ofSeconds(30));
            List<Map<String, Object>> both = listed(admin, key, 2);
            assertEquals("admin", both.get(0).get("replayedBy"), both.toString());
            assertNull(both.get(1).get("replayedAt"), both.toString());
        }
        for (String user : List.of("viewer", "lzzy-admin")) {
            given().auth()
                    .oauth2(Tokens.forUser(user))
                    .get(DEAD_LETTERS)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    private static List<Map<String, Object>> listed(String token, String key, int expected) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> given().auth()
                                .oauth2(token)
                                .get(DEAD_LETTERS + "?topic=" + DEAD_LETTER_TOPIC + "&size=100")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .<Map<String, Object>>getList("items.findAll { it.recordKey == '" + key + "' }"),
                        letters -> letters.size() == expected);
    }

    private Optional<PartnershipView> view(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> views.find(id));
    }
}
