package io.gongjian.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.commons.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
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

    /** Must run inside the transaction of the business change; refuses to run outside one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String recordKey, CloudEvent event) {
        OutboxEntry entry = new OutboxEntry();
        entry.eventId = UUID.fromString(event.id());
        entry.topic = topic;
        entry.recordKey = recordKey;
        entry.eventType = event.type();
        entry.createdAt = OffsetDateTime.now();
        try {
            entry.envelope = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.type() + " cannot be serialised", e);
        }
        entityManager.persist(entry);
        relay.wakeUpAfterCommit();
    }
}
