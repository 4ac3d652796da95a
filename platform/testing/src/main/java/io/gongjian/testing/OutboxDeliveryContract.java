package io.gongjian.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.commons.events.CloudEvent;
import io.gongjian.outbox.Outbox;
import io.gongjian.outbox.OutboxRelay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox of a producing service against the real broker: what commits is published, what rolls back is
 * not, writes go on while the broker is down and reach it when it is back, and a relay stopped midway loses
 * nothing. A service's test extends this and says how to commit a change through its API.
 */
public abstract class OutboxDeliveryContract {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /** The topic the service publishes to. */
    protected abstract String topic();

    /** Commits one change through the service's API and returns the id of the record (the event's data.id). */
    protected abstract String commitAChange();

    /** What the event of {@link #commitAChange()} looks like: its record key, type, source and subject. */
    protected abstract void assertEnvelope(String key, JsonNode event);

    private static String idOf(TopicReader.Event event) {
        JsonNode data = event.value().get("data");
        return data == null || data.get("id") == null ? "" : data.get("id").asText();
    }

    @AfterEach
    void relayRunsAgain() {
        relay.start();
    }

    @Test
    void aCommittedChangeIsPublishedAsACloudEventKeyedByItsRecord() {
        try (TopicReader topic = TopicReader.fromNow(topic())) {
            String id = commitAChange();
            TopicReader.Event published = topic.awaitOne(record -> idOf(record).equals(id), Duration.ofSeconds(15));
            JsonNode event = published.value();
            assertEquals("1.0", event.get("specversion").asText());
            assertEquals("application/json", event.get("datacontenttype").asText());
            assertEquals(1, event.get("data").get("version").asInt());
            assertEnvelope(published.key(), event);
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
        try (TopicReader topic = TopicReader.fromNow(topic())) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    outbox.append(topic(), "rollback", event);
                    throw new IllegalStateException("the business change fails after its event was written");
                });
            } catch (IllegalStateException expected) {
                // rolled back
            }
            // A committed change after it proves the relay ran in between.
            String id = commitAChange();
            List<TopicReader.Event> seen =
                    topic.awaitUntil(record -> idOf(record).equals(id), Duration.ofSeconds(15));
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
        try (TopicReader topic = TopicReader.fromNow(topic())) {
            TestInfrastructure.kafka().stopBroker();
            List<String> ids = new ArrayList<>();
            try {
                for (int i = 0; i < 5; i++) {
                    ids.add(commitAChange());
                }
            } finally {
                TestInfrastructure.kafka().startBroker();
            }
            Set<String> published =
                    topic.awaitUntil(record -> idsOf(topic).containsAll(ids), Duration.ofSeconds(60)).stream()
                            .map(OutboxDeliveryContract::idOf)
                            .collect(Collectors.toSet());
            assertTrue(published.containsAll(ids), "published " + published + ", expected " + ids);
        }
    }

    @Test
    void stoppingTheRelayMidwayLosesNothing() {
        relay.stop();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(commitAChange());
        }
        try (TopicReader topic = TopicReader.fromNow(topic())) {
            relay.start();
            relay.stop();
            relay.start();
            topic.awaitUntil(record -> idsOf(topic).containsAll(ids), Duration.ofSeconds(30));
            assertTrue(idsOf(topic).containsAll(ids));
        }
        long pending = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("SELECT count(e) FROM OutboxEntry e WHERE e.publishedAt IS NULL", Long.class)
                .getSingleResult());
        assertEquals(0, pending);
    }

    private static Set<String> idsOf(TopicReader topic) {
        return topic.seen().stream().map(OutboxDeliveryContract::idOf).collect(Collectors.toSet());
    }
}
