package io.gongjian.commons.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.events.Event;
import io.gongjian.events.EventTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way an event of the contract ({@code platform/events}) becomes a {@link CloudEvent} and back: producers
 * encode what they append to their outbox, consumers decode what they receive. Type, schema and subject come from
 * {@link EventTypes}, never from a producer's own table.
 */
@ApplicationScoped
public class EventCodec {

    /** An event as received: its envelope (id, type, for the inbox) and its payload. */
    public record Received<E extends Event>(CloudEvent envelope, E event) {}

    @Inject
    ObjectMapper json;

    /** The envelope of {@code event} as {@code source} (e.g. {@code /gongjian/activity-service}) publishes it now. */
    public CloudEvent encode(String source, Event event) {
        EventTypes.Shape shape = EventTypes.of(event);
        return CloudEvent.of(
                source,
                shape.type(),
                shape.schema(),
                shape.collection() + "/" + event.id(),
                OffsetDateTime.now(),
                json.valueToTree(event));
    }

    /**
     * Reads a structured-mode CloudEvent whose payload is one of {@code contract} (a topic's sealed contract).
     *
     * @throws MalformedEvent when the envelope or its data cannot be read, or its type is not one of
     *     {@code contract}'s (unknown, a newer version, or another topic's): this consumer can never apply it
     */
    public <E extends Event> Received<E> decode(String payload, Class<E> contract) {
        CloudEvent envelope = envelope(payload);
        Optional<EventTypes.Shape> shape =
                EventTypes.named(envelope.type()).filter(known -> contract.isAssignableFrom(known.payload()));
        if (shape.isEmpty()) {
            throw new MalformedEvent("event " + envelope.id() + " is of type " + envelope.type()
                    + ", which is not one of " + contract.getSimpleName() + "'s types this service knows");
        }
        try {
            Event event = json.treeToValue(envelope.data(), shape.get().payload());
            return new Received<>(envelope, contract.cast(event));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEvent("event " + envelope.id() + " of type " + envelope.type() + " has unreadable data: "
                    + e.getMessage());
        }
    }

    private CloudEvent envelope(String payload) {
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
}
