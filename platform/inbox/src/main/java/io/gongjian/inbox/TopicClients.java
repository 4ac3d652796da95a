package io.gongjian.inbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Kafka clients of this service's own, beside its consumer groups, for what reads a topic as a whole (a rebuild, the
 * dead-letter tools) or sends a record now and then: they connect with every {@code kafka.*} setting (bootstrap
 * servers, TLS and SASL in a cluster), as Quarkus's own clients do, and commit nothing.
 */
@ApplicationScoped
public class TopicClients {

    /** How long a client waits for the broker before it reports it unreachable (a retriable Kafka failure). */
    static final Duration BROKER_TIMEOUT = Duration.ofSeconds(10);

    /** How long one poll of a replay or a lookup waits for records. */
    static final Duration POLL = Duration.ofMillis(200);

    private static final int READ_AT_ONCE = 1000;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaSettings;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    /**
     * Hands every record of {@code topics}, topic by topic and in order within a partition, to {@code each}: from
     * their beginning up to their ends as they are when it starts (what arrives later is the live consumers').
     */
    public void readToEnd(String purpose, List<String> topics, Consumer<ConsumerRecord<String, String>> each) {
        try (TopicReplay replay = replay(purpose, topics)) {
            Map<String, Long> ends = replay.ends();
            Map<String, Long> reached = Map.of();
            for (TopicReplay.Step step = replay.next(reached, ends, READ_AT_ONCE);
                    !step.done();
                    step = replay.next(reached, ends, READ_AT_ONCE)) {
                step.records().forEach(each);
                reached = step.reached();
            }
        }
    }

    /** A replay of {@code topics} in steps between positions the caller keeps; the caller closes it. */
    public TopicReplay replay(String purpose, List<String> topics) {
        return new TopicReplay(consumer(purpose), topics, BROKER_TIMEOUT);
    }

    /** The record at {@code offset} of a partition, if the topic still holds it. */
    public Optional<ConsumerRecord<String, String>> readAt(String purpose, String topic, int partition, long offset) {
        try (KafkaConsumer<String, String> consumer = consumer(purpose)) {
            TopicPartition at = new TopicPartition(topic, partition);
            boolean exists = consumer.partitionsFor(topic, BROKER_TIMEOUT).stream()
                    .anyMatch(info -> info.partition() == partition);
            if (!exists
                    || offset
                            < consumer.beginningOffsets(List.of(at), BROKER_TIMEOUT)
                                    .get(at)
                    || offset
                            >= consumer.endOffsets(List.of(at), BROKER_TIMEOUT).get(at)) {
                return Optional.empty();
            }
            consumer.assign(List.of(at));
            consumer.seek(at, offset);
            long deadline = System.nanoTime() + BROKER_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    // A compacted or transactional topic may have no record at exactly this offset.
                    return record.offset() == offset ? Optional.of(record) : Optional.empty();
                }
            }
            throw new TimeoutException("no record of " + at + " arrived within " + BROKER_TIMEOUT.toSeconds() + " s");
        }
    }

    /** A producer that waits for every in-sync replica; the caller closes it. */
    public KafkaProducer<String, String> producer(String purpose) {
        Properties properties = settings(ProducerConfig.configNames());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(BROKER_TIMEOUT.toMillis()));
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(BROKER_TIMEOUT.toMillis() / 2));
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(BROKER_TIMEOUT.toMillis()));
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, application + "-" + purpose);
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    private KafkaConsumer<String, String> consumer(String purpose) {
        Properties properties = settings(ConsumerConfig.configNames());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1000");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, application + "-" + purpose);
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }

    private Properties settings(Set<String> names) {
        Properties properties = new Properties();
        kafkaSettings.forEach((name, value) -> {
            if (names.contains(name)) {
                properties.put(name, value);
            }
        });
        return properties;
    }
}
