package io.gongjian.inbox;

import io.gongjian.commons.events.CloudEvent;
import io.gongjian.commons.transactions.AfterCommit;
import io.gongjian.events.EventTypes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.Consumer;
import org.eclipse.microprofile.config.Config;

/**
 * What the consumers of this service applied, per topic and event type, counted once their transaction committed:
 * {@code gongjian_events_applied_total} and {@code gongjian_events_duplicates_skipped_total} (redeliveries the inbox
 * recognised), and how far each topic's consumer is behind: {@code gongjian_consumer_lag_records} (records on the
 * topic not yet consumed) and {@code gongjian_consumer_lag_seconds} (while records wait, the age of the newest
 * applied event; 0 when caught up, so that a quiet topic does not look like a stuck consumer).
 *
 * <p>Labels are bounded: the topics of the configuration and the event types of the contract ({@link EventTypes}).
 */
@ApplicationScoped
public class ConsumedEvents {

    private static final String INCOMING = "mp.messaging.incoming.";
    private static final Duration LAG_QUERY_TIMEOUT = Duration.ofSeconds(2);

    @Inject
    MeterRegistry meters;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    KafkaClientService kafkaClients;

    @Inject
    Config config;

    /** Per topic: the event time of the newest event applied, and since when records wait with none applied. */
    private final Map<String, Instant> newestApplied = new ConcurrentHashMap<>();

    private final Map<String, Instant> waitingSince = new ConcurrentHashMap<>();

    /** Each topic an incoming channel reads gets its lag series at start. */
    void onStart(@Observes StartupEvent event) {
        StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith(INCOMING) && name.endsWith(".topic"))
                .forEach(name -> {
                    String channel = name.substring(INCOMING.length(), name.length() - ".topic".length());
                    registerLag(channel, config.getValue(name, String.class));
                });
    }

    private void registerLag(String channel, String topic) {
        Gauge.builder("gongjian.consumer.lag.records", () -> recordsBehind(channel)
                        .orElse(0))
                .tag("topic", topic)
                .description("Records on the topic this service has not consumed yet")
                .register(meters);
        Gauge.builder("gongjian.consumer.lag", () -> secondsBehind(channel, topic))
                .tag("topic", topic)
                .description("While records wait on the topic, the age of the newest event applied from it (since"
                        + " the wait began when none was); 0 when the consumer is caught up")
                .baseUnit("seconds")
                .register(meters);
    }

    /** Called in the consumer's transaction by the inbox; counts once that transaction has committed. */
    void delivered(CloudEvent event, boolean first) {
        // Only the contract's types become labels: the series stay few whatever a producer sends.
        Optional<EventTypes.Shape> shape = EventTypes.named(event.type());
        String topic = shape.map(EventTypes.Shape::topic).orElse("unknown");
        String type = shape.map(EventTypes.Shape::type).orElse("unknown");
        AfterCommit.run(transactions, () -> counted(topic, type, event, first));
    }

    private void counted(String topic, String type, CloudEvent event, boolean first) {
        Counter.builder(first ? "gongjian.events.applied" : "gongjian.events.duplicates.skipped")
                .tag("topic", topic)
                .tag("type", type)
                .description(
                        first
                                ? "Events applied by this service's consumers, once their transaction committed"
                                : "Events delivered again and skipped, as the inbox had applied them before")
                .register(meters)
                .increment();
        if (first && event.time() != null) {
            newestApplied.merge(topic, event.time().toInstant(), (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    private double secondsBehind(String channel, String topic) {
        if (recordsBehind(channel).orElse(0) == 0) {
            waitingSince.remove(topic);
            return 0;
        }
        Instant since = newestApplied.getOrDefault(topic, waitingSince.computeIfAbsent(topic, t -> Instant.now()));
        return Math.max(0, Duration.between(since, Instant.now()).toMillis() / 1000.0);
    }

    /** The consumer's own view of its lag (from its last fetch), asked on its polling thread. */
    private OptionalLong recordsBehind(String channel) {
        KafkaConsumer<Object, Object> consumer = kafkaClients.getConsumer(channel);
        if (consumer == null) {
            return OptionalLong.empty();
        }
        try {
            Function<Consumer<Object, Object>, Long> lag = client -> client.assignment().stream()
                    .map(client::currentLag)
                    .filter(OptionalLong::isPresent)
                    .mapToLong(OptionalLong::getAsLong)
                    .sum();
            return consumer.runOnPollingThread(lag)
                    .map(OptionalLong::of)
                    .await()
                    .atMost(LAG_QUERY_TIMEOUT);
        } catch (RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
