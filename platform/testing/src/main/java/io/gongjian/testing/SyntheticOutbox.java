package io.gongjian.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongjian.commons.events.CloudEvent;
import io.gongjian.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Events of a test topic written straight into a service's outbox, to put its relay through what real changes
 * rarely do: many keys at once, an entry the broker refuses. Each event's data names its key and sequence number.
 */
final class SyntheticOutbox {

    static final String TYPE = "io.gongjian.test.Synthetic.v1";

    private final Outbox outbox;
    private final EntityManager entityManager;
    private final ObjectMapper json;

    SyntheticOutbox(Outbox outbox, EntityManager entityManager, ObjectMapper json) {
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.json = json;
    }

    /** One event per key and sequence number in {@code [from, to)}, in one transaction; their ids, in that order. */
    List<String> append(String topic, List<String> keys, int from, int to) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> ids = new ArrayList<>();
            for (int seq = from; seq < to; seq++) {
                for (String key : keys) {
                    CloudEvent event = event(key, seq, "");
                    outbox.append(topic, key, event);
                    ids.add(event.id());
                }
            }
            return ids;
        });
    }

    /** An entry as no change can write it any more: larger than the outbox accepts, as if written before the check. */
    String insertOversized(String topic, String key, int seq, int paddingBytes) {
        CloudEvent event = event(key, seq, "x".repeat(paddingBytes));
        QuarkusTransaction.requiringNew().run(() -> {
            try {
                entityManager
                        .createNativeQuery(
                                """
                                INSERT INTO outbox (event_id, topic, record_key, event_type, subject, envelope, created_at)
                                VALUES (:id, :topic, :key, :type, :subject, :envelope, now())
                                """)
                        .setParameter("id", UUID.fromString(event.id()))
                        .setParameter("topic", topic)
                        .setParameter("key", key)
                        .setParameter("type", TYPE)
                        .setParameter("subject", event.subject())
                        .setParameter("envelope", json.writeValueAsString(event))
                        .executeUpdate();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
        return event.id();
    }

    /** What the outbox knows of an entry (its fields are not for classes outside the service's index to read). */
    record State(OffsetDateTime publishedAt, OffsetDateTime parkedAt, int attempts, String lastError) {}

    State state(String eventId) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery(
                        "SELECT e.publishedAt, e.parkedAt, e.attempts, e.lastError FROM OutboxEntry e"
                                + " WHERE e.eventId = :id",
                        Object[].class)
                .setParameter("id", UUID.fromString(eventId))
                .getSingleResult());
        return new State((OffsetDateTime) row[0], (OffsetDateTime) row[1], (Integer) row[2], (String) row[3]);
    }

    /** How many entries of a topic are published, pending and parked: to explain a failed expectation. */
    String summary(String topic) {
        String state = "CASE WHEN e.publishedAt IS NOT NULL THEN 'published'"
                + " WHEN e.parkedAt IS NOT NULL THEN 'parked' ELSE 'pending' END";
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery(
                        "SELECT " + state + ", count(e), max(e.lastError) FROM OutboxEntry e WHERE e.topic = :topic"
                                + " GROUP BY " + state,
                        Object[].class)
                .setParameter("topic", topic)
                .getResultList());
        StringBuilder summary = new StringBuilder();
        for (Object[] row : rows) {
            summary.append(row[0]).append(' ').append(row[1]);
            if (row[2] != null) {
                summary.append(" (an error: ").append(row[2]).append(')');
            }
            summary.append("; ");
        }
        return summary.toString();
    }

    /** The ids of the entries of a topic the relay has marked published. */
    Set<String> published(String topic) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery(
                        "SELECT e.eventId FROM OutboxEntry e WHERE e.topic = :topic AND e.publishedAt IS NOT NULL",
                        UUID.class)
                .setParameter("topic", topic)
                .getResultStream()
                .map(UUID::toString)
                .collect(Collectors.toSet()));
    }

    long countParked() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery(
                        "SELECT count(e) FROM OutboxEntry e WHERE e.parkedAt IS NOT NULL AND e.publishedAt IS NULL",
                        Long.class)
                .getSingleResult());
    }

    private CloudEvent event(String key, int seq, String padding) {
        ObjectNode data = json.createObjectNode().put("key", key).put("seq", seq);
        if (!padding.isEmpty()) {
            data.put("padding", padding);
        }
        return CloudEvent.of("/test", TYPE, null, "tests/" + key + "/" + seq, OffsetDateTime.now(), data);
    }
}
