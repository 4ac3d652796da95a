package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.application.ScoreUpdates;
import io.gongjian.events.Topics;
import io.gongjian.inbox.Consumption;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the read model from both topics. The events of each poll are applied in one transaction (see
 * {@link ScoreUpdates#applyEvents}); the offsets are committed only after it (the batch is acknowledged when the
 * method returns). A transient failure is retried until it passes; an event that can never be applied goes to its
 * topic's dead-letter topic and consumption goes on ({@link Consumption}).
 */
@ApplicationScoped
public class EventConsumers {

    static final String PARTNERSHIP_CHANNEL = "partnership-events";
    static final String ACTIVITY_CHANNEL = "activity-events";

    @Inject
    ScoreUpdates updates;

    @Inject
    Consumption consumption;

    @Inject
    @Channel("partnership-events-dead-letters")
    MutinyEmitter<String> partnershipDeadLetters;

    @Inject
    @Channel("activity-events-dead-letters")
    MutinyEmitter<String> activityDeadLetters;

    @Incoming(PARTNERSHIP_CHANNEL)
    @Blocking
    public void partnershipEvents(ConsumerRecords<String, String> records) {
        consume(PARTNERSHIP_CHANNEL, Topics.PARTNERSHIP, records, partnershipDeadLetters);
    }

    @Incoming(ACTIVITY_CHANNEL)
    @Blocking
    public void activityEvents(ConsumerRecords<String, String> records) {
        consume(ACTIVITY_CHANNEL, Topics.ACTIVITY, records, activityDeadLetters);
    }

    private void consume(
            String channel, String topic, ConsumerRecords<String, String> records, MutinyEmitter<String> deadLetters) {
        List<ConsumerRecord<String, String>> polled =
                StreamSupport.stream(records.spliterator(), false).toList();
        consumption.consume(channel, polled, deadLetters, payloads -> updates.applyEvents(topic, payloads));
    }
}
