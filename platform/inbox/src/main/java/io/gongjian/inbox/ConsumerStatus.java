package io.gongjian.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.health.HealthReport;
import io.smallrye.reactive.messaging.providers.extension.HealthCenter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;

/**
 * What each incoming channel of this service is doing, for the probes ({@link ConsumersReadiness}) and the metrics:
 * {@code gongjian_consumer_retrying_seconds} (how long it has been retrying a transient failure, 0 when applying),
 * {@code gongjian_consumer_stopped} (1 when the channel failed and consumes no more, until a restart),
 * {@code gongjian_events_dead_lettered_total} (events sent to the dead-letter topic; {@link DeadLetters} lists them), all tagged {@code channel}.
 */
@ApplicationScoped
public class ConsumerStatus {

    private static final String INCOMING = "mp.messaging.incoming.";

    /** One channel's state; written by its one consumer thread, read by probes and scrapes. */
    private static final class Channel {
        volatile Instant retryingSince;
        volatile String lastFailure;
        Counter deadLetters;
    }

    @Inject
    Config config;

    @Inject
    MeterRegistry meters;

    @Inject
    HealthCenter messagingHealth;

    private final Map<String, Channel> channels = new TreeMap<>();

    /** Every incoming channel of the configuration gets its series at start, before its first event. */
    void onStart(@Observes StartupEvent event) {
        Set<String> names = StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith(INCOMING) && name.endsWith(".connector"))
                .map(name -> name.substring(INCOMING.length(), name.length() - ".connector".length()))
                .collect(Collectors.toCollection(TreeSet::new));
        names.forEach(this::channel);
    }

    private synchronized Channel channel(String name) {
        return channels.computeIfAbsent(name, this::register);
    }

    private Channel register(String name) {
        Channel channel = new Channel();
        Gauge.builder("gongjian.consumer.retrying", channel, ConsumerStatus::retryingSeconds)
                .tag("channel", name)
                .description("How long the consumer has been retrying an event that failed for a transient reason"
                        + " (database down, lock timeout); 0 while it applies events normally")
                .baseUnit("seconds")
                .register(meters);
        Gauge.builder(
                        "gongjian.consumer.stopped",
                        this,
                        status -> status.stopped(name).isPresent() ? 1 : 0)
                .tag("channel", name)
                .description("1 when the channel failed and consumes nothing more until the service restarts")
                .register(meters);
        channel.deadLetters = Counter.builder("gongjian.events.dead.lettered")
                .tag("channel", name)
                .description("Events that can never be applied, sent to the topic's dead-letter topic")
                .register(meters);
        return channel;
    }

    void retrying(String name, Throwable failure) {
        Channel channel = channel(name);
        if (channel.retryingSince == null) {
            channel.retryingSince = Instant.now();
        }
        channel.lastFailure = String.valueOf(failure);
    }

    void resumed(String name) {
        channel(name).retryingSince = null;
    }

    void deadLettered(String name) {
        channel(name).deadLetters.increment();
    }

    /** The channels and what each is doing, in words: applying, retrying since when and why, or stopped. */
    synchronized Map<String, String> report() {
        Map<String, String> report = new TreeMap<>();
        channels.forEach((name, channel) -> report.put(
                name,
                stopped(name)
                        .map(reason -> "stopped: " + reason)
                        .orElseGet(() -> channel.retryingSince == null
                                ? "applying"
                                : "retrying for " + Math.round(retryingSeconds(channel)) + " s: "
                                        + channel.lastFailure)));
        return report;
    }

    /** Whether every channel consumes, none of them retrying for longer than {@code patience}. */
    synchronized boolean consuming(Duration patience) {
        return channels.entrySet().stream()
                .allMatch(entry ->
                        stopped(entry.getKey()).isEmpty() && retryingSeconds(entry.getValue()) <= patience.toSeconds());
    }

    /** Why the messaging layer says the channel is dead (its Kafka client closed, or the method failed). */
    private Optional<String> stopped(String name) {
        HealthReport liveness = messagingHealth.getLiveness();
        return liveness.getChannels().stream()
                .filter(info -> info.getChannel().equals(name) && !info.isOk())
                .map(info -> String.valueOf(info.getMessage()))
                .findFirst();
    }

    private static double retryingSeconds(Channel channel) {
        Instant since = channel.retryingSince;
        return since == null ? 0 : Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }
}
