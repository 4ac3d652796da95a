package io.gongjian.inbox;

import io.gongjian.commons.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The consumer side of at-least-once delivery: tells, in the consumer's transaction, whether an event is seen for
 * the first time. The id is stored with the change the event causes, so a crash either keeps both or neither.
 * Reading the event is {@link io.gongjian.commons.events.EventCodec}'s job.
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
        int inserted = entityManager
                .createNativeQuery(
                        "INSERT INTO inbox (event_id, event_type) VALUES (:id, :type) ON CONFLICT (event_id) DO NOTHING")
                .setParameter("id", UUID.fromString(event.id()))
                .setParameter("type", event.type())
                .executeUpdate();
        consumed.delivered(event, inserted == 1);
        return inserted == 1;
    }
}
