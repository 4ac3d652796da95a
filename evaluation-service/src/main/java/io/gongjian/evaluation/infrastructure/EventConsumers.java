package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.application.ScoreUpdates;
import io.gongjian.events.Topics;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds the read model from both topics. The events of each poll are applied in one transaction (see
 * {@link ScoreUpdates#applyEvents}); the offsets are committed only after it (the batch is acknowledged when the
 * method returns). An unreadable event goes to its topic's dead-letter topic and consumption goes on.
 */
@ApplicationScoped
public class EventConsumers {

    private static final Logger LOG = Logger.getLogger(EventConsumers.class);

    @Inject
    ScoreUpdates updates;

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
        apply(Topics.PARTNERSHIP, payloads, partnershipDeadLetters);
    }

    @Incoming("activity-events")
    @Blocking
    @Transactional
    public void activityEvents(List<String> payloads) {
        apply(Topics.ACTIVITY, payloads, activityDeadLetters);
    }

    private void apply(String topic, List<String> payloads, Emitter<String> deadLetters) {
        for (ScoreUpdates.Rejected rejected : updates.applyEvents(topic, payloads)) {
            LOG.warnf("Event sent to the dead-letter topic: %s", rejected.reason());
            deadLetters.send(rejected.payload()).toCompletableFuture().join();
        }
    }
}
