package io.gongjian.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Reads whole topics step by step between positions its caller keeps (a partition's offset, keyed
 * {@code topic:partition}), so that a long replay can store where it is after each step and resume there after a
 * crash. Topic by topic, in order within a partition; commits nothing. Not thread-safe, like the consumer it wraps.
 */
public final class TopicReplay implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<String> topics;
    private final Duration brokerTimeout;
    /** Where the consumer reads next, as far as this replay moved it. */
    private final Map<TopicPartition, Long> positions = new HashMap<>();

    TopicReplay(KafkaConsumer<String, String> consumer, List<String> topics, Duration brokerTimeout) {
        this.consumer = consumer;
        this.topics = List.copyOf(topics);
        this.brokerTimeout = brokerTimeout;
    }

    /** Where a partition is read, as its key in a positions map. */
    public static String key(String topic, int partition) {
        return topic + ":" + partition;
    }

    /** Each partition's first offset still held. */
    public Map<String, Long> beginnings() {
        return keyed(consumer.beginningOffsets(partitions(), brokerTimeout));
    }

    /** Each partition's end now: what a replay up to here reads is everything written so far. */
    public Map<String, Long> ends() {
        return keyed(consumer.endOffsets(partitions(), brokerTimeout));
    }

    /**
     * One step of a replay: the records read, where each partition's reading reached, and whether everything up to
     * where it was asked to read was read before this step (then it read nothing).
     */
    public record Step(List<ConsumerRecord<String, String>> records, Map<String, Long> reached, boolean done) {}

    /**
     * At most about {@code max} records from {@code from} (a partition not in it: from its beginning) up to, not
     * including, {@code until}, of the first topic not read up to there. Empty records and {@code reached} equal to
     * {@code until} when everything up to there was read.
     *
     * @throws TimeoutException when nothing arrives for the broker timeout although records are left to read
     */
    public Step next(Map<String, Long> from, Map<String, Long> until, int max) {
        Map<String, Long> reached = new LinkedHashMap<>(from);
        Map<String, Long> beginnings = null;
        for (String topic : topics) {
            List<TopicPartition> behind = new ArrayList<>();
            for (TopicPartition partition : partitionsOf(topic)) {
                String key = key(topic, partition.partition());
                if (!reached.containsKey(key)) {
                    beginnings = beginnings == null ? beginnings() : beginnings;
                    reached.put(key, beginnings.getOrDefault(key, 0L));
                }
                if (reached.get(key) < until.getOrDefault(key, 0L)) {
                    behind.add(partition);
                }
            }
            if (!behind.isEmpty()) {
                return new Step(read(behind, reached, until, max), reached, false);
            }
        }
        return new Step(List.of(), reached, true);
    }

    private List<ConsumerRecord<String, String>> read(
            List<TopicPartition> behind, Map<String, Long> reached, Map<String, Long> until, int max) {
        // A partition no longer assigned loses its position in the consumer.
        positions.keySet().retainAll(behind);
        consumer.assign(behind);
        consumer.resume(behind);
        for (TopicPartition partition : behind) {
            long at = reached.get(key(partition));
            if (!Long.valueOf(at).equals(positions.get(partition))) {
                consumer.seek(partition, at);
            }
        }
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long lastProgress = System.nanoTime();
        while (records.size() < max && behind.stream().anyMatch(p -> reached.get(key(p)) < until.get(key(p)))) {
            long before = records.size();
            for (ConsumerRecord<String, String> record : consumer.poll(TopicClients.POLL)) {
                if (record.offset() < until.get(key(record.topic(), record.partition()))) {
                    records.add(record);
                }
            }
            boolean moved = records.size() > before;
            for (TopicPartition partition : behind) {
                long position = consumer.position(partition, brokerTimeout);
                positions.put(partition, position);
                long capped = Math.min(position, until.get(key(partition)));
                moved |= capped != reached.get(key(partition));
                reached.put(key(partition), capped);
                if (capped == until.get(key(partition))) {
                    consumer.pause(List.of(partition));
                }
            }
            if (moved) {
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > brokerTimeout.toNanos()) {
                throw new TimeoutException(
                        "nothing of " + behind + " arrived for " + brokerTimeout.toSeconds() + " s before its end");
            }
        }
        return records;
    }

    private List<TopicPartition> partitions() {
        return topics.stream().flatMap(topic -> partitionsOf(topic).stream()).toList();
    }

    private List<TopicPartition> partitionsOf(String topic) {
        return consumer.partitionsFor(topic, brokerTimeout).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
    }

    private static String key(TopicPartition partition) {
        return key(partition.topic(), partition.partition());
    }

    private static Map<String, Long> keyed(Map<TopicPartition, Long> offsets) {
        Map<String, Long> keyed = new LinkedHashMap<>();
        offsets.forEach((partition, offset) -> keyed.put(key(partition), offset));
        return keyed;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
