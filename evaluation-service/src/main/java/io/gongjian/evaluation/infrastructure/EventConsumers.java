package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.application.Locks;
import io.gongjian.evaluation.application.ScoreService;
import io.gongjian.inbox.Inbox.MalformedEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds the read model from both topics. Each event is applied in one transaction with its inbox entry and the
 * recomputed current scores of the partnerships it moves; the offset is committed only after that transaction
 * (the message is acknowledged when the method returns). An unreadable event goes to its topic's dead-letter
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
    public void partnershipEvent(String payload) {
        apply(payload, partnershipDeadLetters);
    }

    @Incoming("activity-events")
    @Blocking
    @Transactional
    public void activityEvent(String payload) {
        apply(payload, activityDeadLetters);
    }

    private void apply(String payload, Emitter<String> deadLetters) {
        locks.sharedReadModel();
        try {
            scores.refresh(applier.apply(payload));
        } catch (MalformedEvent malformed) {
            LOG.warnf("Event sent to the dead-letter topic: %s", malformed.getMessage());
            deadLetters.send(payload).toCompletableFuture().join();
        }
    }
}
