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

    private static final Duration POLL = Duration.ofMillis(200);

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
        try (KafkaConsumer<String, String> consumer = consumer(purpose)) {
            for (String topic : topics) {
                readToEnd(consumer, topic, each);
            }
        }
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

    private void readToEnd(
            KafkaConsumer<String, String> consumer, String topic, Consumer<ConsumerRecord<String, String>> each) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, BROKER_TIMEOUT).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        if (partitions.isEmpty()) {
            return;
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, BROKER_TIMEOUT);
        // A broker gone meanwhile would leave the loop polling for ever: without progress for a while, give up.
        long lastProgress = System.nanoTime();
        long read = positions(consumer, partitions);
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
            for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                    each.accept(record);
                }
            }
            long now = positions(consumer, partitions);
            if (now != read) {
                read = now;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > BROKER_TIMEOUT.toNanos()) {
                throw new TimeoutException(
                        "nothing of " + topic + " arrived for " + BROKER_TIMEOUT.toSeconds() + " s before its end");
            }
        }
    }

    private static long positions(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions) {
        return partitions.stream()
                .mapToLong(partition -> consumer.position(partition, BROKER_TIMEOUT))
                .sum();
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
