package io.gongjian.commons.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.events.Event;
import io.gongjian.events.EventTypes;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way an event of the contract ({@code platform/events}) becomes a {@link CloudEvent} and back: producers
 * encode what they append to their outbox, consumers decode what they receive. Type, schema and subject come from
 * {@link EventTypes}, never from a producer's own table.
 *
 * <p>An event carries the trace of the request that caused it (the CloudEvents distributed-tracing extension): the
 * W3C {@value #TRACEPARENT} of the writing span is stored with the outbox entry, sent as the Kafka record header of
 * that name, and parents the spans of whoever consumes it.
 */
@ApplicationScoped
public class EventCodec {

    /** An event as received: its envelope (id, type, for the inbox) and its payload. */
    public record Received<E extends Event>(CloudEvent envelope, E event) {}

    /** The W3C trace context header (and CloudEvents extension attribute) an event travels with. */
    public static final String TRACEPARENT = "traceparent";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    @Inject
    ObjectMapper json;

    /** The {@value #TRACEPARENT} of {@code context}'s span; empty when it has none (tracing off, no request). */
    public static Optional<String> traceparent(Context context) {
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(context, carrier, Map::put);
        return Optional.ofNullable(carrier.get(TRACEPARENT));
    }

    /** The {@value #TRACEPARENT} of the current span: what an event written now is traced by. */
    public static Optional<String> currentTraceparent() {
        return traceparent(Context.current());
    }

    /**
     * The context whose span {@code traceparent} names, to parent the spans that handle the event; the root context
     * (a new trace) when absent or unreadable.
     */
    public static Context traceContext(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return W3C.extract(Context.root(), traceparent, SINGLE_HEADER);
    }

    private static final TextMapGetter<String> SINGLE_HEADER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String traceparent) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String traceparent, String key) {
            return TRACEPARENT.equals(key) ? traceparent : null;
        }
    };

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
