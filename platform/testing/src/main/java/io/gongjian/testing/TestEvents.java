package io.gongjian.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.gongjian.commons.events.CloudEvent;
import io.gongjian.events.EventTypes;
import io.gongjian.events.PartnershipChanged;
import io.gongjian.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes events to the test broker as the producing context would, for testing a consumer through its real
 * Kafka subscription.
 */
public final class TestEvents {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private TestEvents() {}

    /** A partnership as its events carry it; ids of the parties are fresh unless given. */
    public static PartnershipChanged partnership(
            UUID id, long version, String status, String regionCode, UUID university, UUID enterprise) {
        return new PartnershipChanged(
                id,
                version,
                "GJ-" + regionCode + "-2024-" + id.toString().substring(0, 3),
                "测试共建 " + id,
                status,
                university,
                enterprise,
                List.of(),
                regionCode,
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2030, 12, 31),
                List.of("TALENT"),
                Map.of(),
                List.of());
    }

    /** Wraps the state in a CloudEvent of the partnership context and publishes it keyed by partnership id. */
    public static CloudEvent publish(PartnershipChanged partnership) {
        return publish(Topics.PARTNERSHIP, EventTypes.PARTNERSHIP_CHANGED, partnership.id(), partnership);
    }

    /** Wraps any payload in a CloudEvent of {@code type} and publishes it on {@code topic} under {@code key}. */
    public static CloudEvent publish(String topic, String type, UUID key, Object data) {
        CloudEvent event = envelope(type, key, data);
        publish(topic, key.toString(), event);
        return event;
    }

    /** As the outbox relay publishes: structured mode, with the CloudEvents content type header. */
    public static void publish(String topic, String key, CloudEvent event) {
        publishRaw(topic, key, json(event));
    }

    /** Publishes any text, e.g. a malformed event, with the CloudEvents content type a consumer expects. */
    public static void publishRaw(String topic, String key, String value) {
        try (Publisher publisher = new Publisher(TestInfrastructure.kafka().bootstrapServers())) {
            publisher.send(topic, key, value).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    private static CloudEvent envelope(String type, UUID key, Object data) {
        return CloudEvent.of(
                "/gongjian/test", type, null, "records/" + key, OffsetDateTime.now(), JSON.valueToTree(data));
    }

    private static String json(CloudEvent event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One producer for many events, e.g. to load a benchmark's data; closing waits until all are acknowledged. */
    public static final class Publisher implements AutoCloseable {

        private final KafkaProducer<String, String> producer;

        public Publisher(String bootstrapServers) {
            producer = new KafkaProducer<>(
                    Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            bootstrapServers,
                            ProducerConfig.ACKS_CONFIG,
                            "all",
                            ProducerConfig.LINGER_MS_CONFIG,
                            "5"),
                    new StringSerializer(),
                    new StringSerializer());
        }

        /** Sends without waiting; {@link #close()} waits for every send. */
        public CloudEvent publish(String topic, String type, UUID key, Object data) {
            CloudEvent event = envelope(type, key, data);
            send(topic, key.toString(), json(event));
            return event;
        }

        Future<RecordMetadata> send(String topic, String key, String value) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            return producer.send(record);
        }

        @Override
        public void close() {
            producer.flush();
            producer.close();
        }
    }
}
