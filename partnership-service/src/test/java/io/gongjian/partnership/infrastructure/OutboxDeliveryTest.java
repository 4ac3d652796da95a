package io.gongjian.partnership.infrastructure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.commons.events.CloudEvent;
import io.gongjian.events.Topics;
import io.gongjian.outbox.Outbox;
import io.gongjian.outbox.OutboxRelay;
import io.gongjian.testing.TestInfrastructure;
import io.gongjian.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The outbox against the real broker: what commits is published, what rolls back is not, nothing is lost. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class OutboxDeliveryTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @AfterEach
    void relayRunsAgain() {
        relay.start();
    }

    @Test
    void aCommittedChangeIsPublishedAsACloudEventKeyedByItsRecord() {
        try (TopicReader topic = TopicReader.fromNow(Topics.PARTNERSHIP)) {
            String id = register();
            JsonNode event = topic.awaitOne(record -> record.key().equals(id), Duration.ofSeconds(15))
                    .value();
            assertEquals("1.0", event.get("specversion").asText());
            assertEquals(
                    "io.gongjian.partnership.OrganizationChanged.v1",
                    event.get("type").asText());
            assertEquals("/gongjian/partnership-service", event.get("source").asText());
            assertEquals("organizations/" + id, event.get("subject").asText());
            assertEquals(id, event.get("data").get("id").asText());
            assertEquals(1, event.get("data").get("version").asInt());
            assertEquals("UNIVERSITY", event.get("data").get("kind").asText());
        }
    }

    @Test
    void aRolledBackChangePublishesNothing() {
        CloudEvent event = CloudEvent.of(
                "/test",
                "io.gongjian.test.Rollback.v1",
                null,
                "tests/rollback",
                OffsetDateTime.now(),
                json.createObjectNode());
        try (TopicReader topic = TopicReader.fromNow(Topics.PARTNERSHIP)) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    outbox.append(Topics.PARTNERSHIP, "rollback", event);
                    throw new IllegalStateException("the business change fails after its event was written");
                });
            } catch (IllegalStateException expected) {
                // rolled back
            }
            // A committed change after it proves the relay ran in between.
            String id = register();
            List<TopicReader.Event> seen =
                    topic.awaitUntil(record -> record.key().equals(id), Duration.ofSeconds(15));
            assertFalse(seen.stream()
                    .anyMatch(record -> record.value().get("id").asText().equals(event.id())));
        }
        long rows = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("SELECT count(e) FROM OutboxEntry e WHERE e.eventType = :type", Long.class)
                .setParameter("type", "io.gongjian.test.Rollback.v1")
                .getSingleResult());
        assertEquals(0, rows);
    }

    @Test
    void changesAreAcceptedWhileTheBrokerIsDownAndPublishedWhenItIsBack() {
        try (TopicReader topic = TopicReader.fromNow(Topics.PARTNERSHIP)) {
            TestInfrastructure.kafka().stopBroker();
            List<String> ids = new ArrayList<>();
            try {
                for (int i = 0; i < 5; i++) {
                    ids.add(register());
                }
            } finally {
                TestInfrastructure.kafka().startBroker();
            }
            Set<String> published =
                    topic.awaitUntil(record -> keysOf(topic).containsAll(ids), Duration.ofSeconds(60)).stream()
                            .map(TopicReader.Event::key)
                            .collect(Collectors.toSet());
            assertTrue(published.containsAll(ids), "published " + published + ", expected " + ids);
        }
    }

    @Test
    void stoppingTheRelayMidwayLosesNothing() {
        relay.stop();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(register());
        }
        try (TopicReader topic = TopicReader.fromNow(Topics.PARTNERSHIP)) {
            relay.start();
            relay.stop();
            relay.start();
            topic.awaitUntil(record -> keysOf(topic).containsAll(ids), Duration.ofSeconds(30));
            assertTrue(keysOf(topic).containsAll(ids));
        }
        long pending = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("SELECT count(e) FROM OutboxEntry e WHERE e.publishedAt IS NULL", Long.class)
                .getSingleResult());
        assertEquals(0, pending);
    }

    private static Set<String> keysOf(TopicReader topic) {
        return topic.seen().stream().map(TopicReader.Event::key).collect(Collectors.toSet());
    }

    private static String register() {
        Map<String, Object> body = Map.of(
                "name", "出盒测试党委",
                "kind", "UNIVERSITY",
                "level", "COMMITTEE",
                "institution", "测试学院",
                "creditCode", "12450200498600571A",
                "regionCode", "450200");
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
