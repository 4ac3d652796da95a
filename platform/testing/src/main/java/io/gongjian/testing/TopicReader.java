package io.gongjian.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what is published to a topic of the test broker, from the moment it is created or from the start. */
public final class TopicReader implements AutoCloseable {

    /** One record: its key, its JSON value and its headers (as text). */
    public record Event(String key, JsonNode value, Map<String, String> headers) {

        static Event of(ConsumerRecord<String, String> record) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), header.value() == null ? null : new String(header.value(), UTF_8));
            }
            return new Event(record.key(), parse(record.value()), headers);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;
    private final List<Event> seen = new CopyOnWriteArrayList<>();

    private TopicReader(KafkaConsumer<String, String> consumer) {
        this.consumer = consumer;
    }

    public static TopicReader fromNow(String topic) {
        return open(topic, true);
    }

    /** Everything the topic holds: to count the copies of each event, whatever happened meanwhile. */
    public static TopicReader fromStart(String topic) {
        return open(topic, false);
    }

    private static TopicReader open(String topic, boolean fromEnd) {
        String servers = TestInfrastructure.kafka().bootstrapServers();
        TestTopics.create(topic, Map.of());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        servers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new StringDeserializer(),
                new StringDeserializer());
        Set<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .collect(Collectors.toSet());
        consumer.assign(partitions);
        if (fromEnd) {
            consumer.seekToEnd(partitions);
        } else {
            consumer.seekToBeginning(partitions);
        }
        partitions.forEach(consumer::position);
        return new TopicReader(consumer);
    }

    /** Waits for the first record that matches. */
    public Event awaitOne(Predicate<Event> wanted, Duration timeout) {
        List<Event> events = awaitUntil(wanted, timeout);
        return events.stream().filter(wanted).findFirst().orElseThrow();
    }

    /** Reads until a record matches {@code done} (checked after each record is added); returns all records seen. */
    public List<Event> awaitUntil(Predicate<Event> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                Event event = Event.of(record);
                seen.add(event);
                if (done.test(event)) {
                    return List.copyOf(seen);
                }
            }
        }
        throw new AssertionError("not seen within " + timeout.toSeconds() + " s; " + seen.size() + " records seen");
    }

    /** Reads whatever arrives for {@code duration}: to see that nothing more (a duplicate, say) comes. */
    public List<Event> readFor(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                seen.add(Event.of(record));
            }
        }
        return List.copyOf(seen);
    }

    public List<Event> seen() {
        return List.copyOf(seen);
    }

    /** Records that are not JSON (a dead letter, say) are kept as text. */
    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(value);
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
