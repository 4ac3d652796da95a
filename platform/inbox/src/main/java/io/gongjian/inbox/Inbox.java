package io.gongjian.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.commons.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The consumer side of at-least-once delivery: reads a CloudEvent and tells, in the consumer's transaction,
 * whether it is seen for the first time. The id is stored with the change the event causes, so a crash either
 * keeps both or neither.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /** Reads a structured-mode CloudEvent; anything else is a {@link MalformedEvent}. */
    public CloudEvent read(String payload) {
        CloudEvent event;
        try {
            event = json.readValue(payload, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new MalformedEvent("not a CloudEvent in JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new MalformedEvent("not a CloudEvent in JSON: " + e.getMessage());
        }
        if (event == null || !CloudEvent.SPEC_VERSION.equals(event.specversion())) {
            throw new MalformedEvent("not a CloudEvents 1.0 envelope");
        }
        if (event.type() == null || event.data() == null || event.data().isNull()) {
            throw new MalformedEvent("event " + event.id() + " has no type or no data");
        }
        try {
            UUID.fromString(event.id());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEvent("event id '" + event.id() + "' is not a UUID");
        }
        return event;
    }

    /** Reads the event's data as {@code type}; a payload of another shape is a {@link MalformedEvent}. */
    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return json.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEvent(
                    "event " + event.id() + " of type " + event.type() + " has unreadable data: " + e.getMessage());
        }
    }

    /** Records the event as applied; false when it was applied before (a redelivery). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(CloudEvent event) {
        int inserted = entityManager
                .createNativeQuery(
                        "INSERT INTO inbox (event_id, event_type) VALUES (:id, :type) ON CONFLICT (event_id) DO NOTHING")
                .setParameter("id", UUID.fromString(event.id()))
                .setParameter("type", event.type())
                .executeUpdate();
        return inserted == 1;
    }

    /** An event nobody can apply: it goes to the dead-letter topic and consumption goes on. */
    public static final class MalformedEvent extends RuntimeException {
        public MalformedEvent(String message) {
            super(message);
        }
    }
}
