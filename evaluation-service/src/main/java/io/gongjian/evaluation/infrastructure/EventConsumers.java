package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.application.Locks;
import io.gongjian.evaluation.application.ScoreService;
import io.gongjian.inbox.Inbox.MalformedEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds the read model from both topics. The events of each poll are applied in one transaction with their inbox
 * entries and the recomputed current scores of the partnerships they move; the offsets are committed only after
 * that transaction (the batch is acknowledged when the method returns). An unreadable event goes to its topic's
 * dead-letter
 * topic and consumption goes on.
 */
@ApplicationScoped
public class EventConsumers {

    private static final Logger LOG = Logger.getLogger(EventConsumers.class);

    @Inject
    EventApplier applier;

    @Inject
    ScoreService scores;

    @Inject
    Locks locks;

    @Inject
    @Channel("partnership-events-dead-letters")
    Emitter<String> partnershipDeadLetters;

    @Inject
    @Channel("activity-events-dead-letters")
    Emitter<String> activityDeadLetters;

    @Incoming("partnership-events")
    @Blocking
    @Transactional
    public void partnershipEvents(List<String> payloads) {
        apply(payloads, partnershipDeadLetters);
    }

    @Incoming("activity-events")
    @Blocking
    @Transactional
    public void activityEvents(List<String> payloads) {
        apply(payloads, activityDeadLetters);
    }

    /** A whole poll in one transaction: under a burst, each partnership is recomputed once per batch, not per event. */
    private void apply(List<String> payloads, Emitter<String> deadLetters) {
        locks.sharedReadModel();
        Set<UUID> moved = new HashSet<>();
        for (String payload : payloads) {
            try {
                moved.addAll(applier.apply(payload));
            } catch (MalformedEvent malformed) {
                LOG.warnf("Event sent to the dead-letter topic: %s", malformed.getMessage());
                deadLetters.send(payload).toCompletableFuture().join();
            }
        }
        scores.refresh(moved);
    }
}
