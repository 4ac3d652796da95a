package io.gongjian.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.commons.events.CloudEvent;
import io.gongjian.commons.events.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Appends an event to the outbox inside the caller's transaction: the event exists exactly when the change
 * it describes was committed. {@link OutboxRelay} takes it to Kafka.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxConfig config;

    /**
     * Must run inside the transaction of the business change; refuses to run outside one.
     *
     * @throws EventTooLarge when the broker would refuse the event for its size: the caller's change rolls back
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String recordKey, CloudEvent event) {
        OutboxEntry entry = new OutboxEntry();
        entry.eventId = UUID.fromString(event.id());
        entry.topic = topic;
        entry.recordKey = recordKey;
        entry.eventType = event.type();
        entry.subject = event.subject();
        entry.createdAt = OffsetDateTime.now();
        entry.envelope = serialise(event);
        entry.traceparent = EventCodec.currentTraceparent().orElse(null);
        long size = OutboxRecords.size(entry);
        if (size > config.maxEventBytes()) {
            throw tooLarge(event, size);
        }
        entityManager.persist(entry);
        relay.wakeUpAfterCommit();
    }

    private String serialise(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event cannot be serialised: " + e.getOriginalMessage(), e);
        }
    }

    /** Names the largest member of the event's data: what the caller has to make smaller. */
    private EventTooLarge tooLarge(CloudEvent event, long size) {
        String largest = "data";
        long largestBytes = 0;
        JsonNode data = event.data();
        if (data != null && data.isObject()) {
            for (Map.Entry<String, JsonNode> member : data.properties()) {
                long bytes = serialise(member.getValue()).getBytes(StandardCharsets.UTF_8).length;
                if (bytes > largestBytes) {
                    largest = member.getKey();
                    largestBytes = bytes;
                }
            }
        }
        return new EventTooLarge(event.subject(), largest, largestBytes, size, config.maxEventBytes());
    }
}
