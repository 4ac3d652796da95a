package io.gongjian.inbox;

import io.gongjian.commons.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The consumer side of at-least-once delivery: tells, in the consumer's transaction, whether an event is seen for
 * the first time. The id is stored with the change the event causes, so a crash either keeps both or neither.
 * Reading the event is {@link io.gongjian.commons.events.EventCodec}'s job (it checks that the id is a UUID).
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager entityManager;

    @Inject
    ConsumedEvents consumed;

    /** Records the event as applied; false when it was applied before (a redelivery). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(CloudEvent event) {
        return !firstDeliveries(List.of(event)).isEmpty();
    }

    /**
     * Records the events as applied, in one statement; answers those seen for the first time, in their order (of an
     * id twice among them, the first).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CloudEvent> firstDeliveries(List<CloudEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<?> inserted = entityManager
                .createNativeQuery("INSERT INTO inbox (event_id, event_type)"
                        + " SELECT * FROM unnest(CAST(:ids AS uuid[]), CAST(:types AS varchar[]))"
                        + " ON CONFLICT (event_id) DO NOTHING RETURNING event_id")
                .setParameter("ids", arrayOf(events.stream().map(event -> UUID.fromString(event.id())
                        .toString())))
                .setParameter("types", arrayOf(events.stream().map(CloudEvent::type)))
                .getResultList();
        Set<UUID> inbound = new HashSet<>();
        inserted.forEach(id -> inbound.add((UUID) id));
        List<CloudEvent> first = new ArrayList<>();
        for (CloudEvent event : events) {
            boolean firstTime = inbound.remove(UUID.fromString(event.id()));
            consumed.delivered(event, firstTime);
            if (firstTime) {
                first.add(event);
            }
        }
        return first;
    }

    /** A PostgreSQL array literal of plain values: type names and UUIDs need no escaping beyond the quotes. */
    private static String arrayOf(Stream<String> values) {
        return values.map(value -> '"' + value + '"').collect(Collectors.joining(",", "{", "}"));
    }
}
