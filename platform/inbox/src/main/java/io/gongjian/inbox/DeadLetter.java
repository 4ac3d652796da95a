package io.gongjian.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event a consumer of this service could never apply, as it lies in the dead-letter topic, and its replay. */
@Schema(
        name = "DeadLetter",
        description = "An event this service's consumer could never apply, set aside in the topic's dead-letter topic")
public record DeadLetter(
        @Schema(description = "The dead-letter topic", example = "gongjian.activity.events.dlq") String topic,
        @Schema(description = "Its partition in the dead-letter topic") int partition,
        @Schema(description = "Its offset in that partition: with topic and partition, what a replay names")
                long offset,
        @Schema(
                        description = "The topic the event came from, and goes back to when replayed",
                        example = "gongjian.activity.events")
                String originalTopic,
        @Schema(description = "Where it lay in the original topic (partition)") Integer originalPartition,
        @Schema(description = "Where it lay in the original topic (offset)") Long originalOffset,
        @Schema(description = "The Kafka record key (the partnership the event is about)") String recordKey,
        @Schema(description = "The CloudEvent's id, when the record is readable enough to have one") String eventId,
        @Schema(
                        description = "The CloudEvent's type, when the record is readable enough to have one",
                        example = "io.gongjian.activity.ActivityChanged.v1")
                String eventType,
        @Schema(description = "Why the consumer could not apply it", example = "event 6f1c… has unreadable data: …")
                String reason,
        @Schema(description = "When it was sent to the dead-letter topic") OffsetDateTime deadLetteredAt,
        @Schema(description = "When it was replayed; absent while it was not") OffsetDateTime replayedAt,
        @Schema(description = "Who replayed it (the admin's user name); absent while it was not") String replayedBy) {

    /** The headers the consumer writes with each dead letter ({@link Consumption}). */
    static final String ORIGINAL_TOPIC = "dead-letter-topic";

    static final String ORIGINAL_PARTITION = "dead-letter-partition";
    static final String ORIGINAL_OFFSET = "dead-letter-offset";
    static final String CONSUMER = "dead-letter-consumer";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How a dead letter is named in messages and logs: {@code topic/partition/offset}, as in the replay's path. */
    static String place(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }

    static DeadLetter of(ConsumerRecord<String, String> record, String originalTopic, Replay replay) {
        JsonNode envelope = envelope(record.value());
        return new DeadLetter(
                record.topic(),
                record.partition(),
                record.offset(),
                originalTopic,
                number(header(record, ORIGINAL_PARTITION), Integer::valueOf),
                number(header(record, ORIGINAL_OFFSET), Long::valueOf),
                record.key(),
                text(envelope, "id"),
                text(envelope, "type"),
                header(record, Consumption.REASON),
                OffsetDateTime.ofInstant(Instant.ofEpochMilli(record.timestamp()), ZoneOffset.UTC),
                replay == null ? null : replay.at(),
                replay == null ? null : replay.by());
    }

    /** That, when and by whom a dead letter was replayed. */
    record Replay(OffsetDateTime at, String by) {}

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The envelope as far as it can be read: a dead letter may be anything, not JSON at all. */
    private static JsonNode envelope(String value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode envelope, String field) {
        JsonNode node = envelope == null ? null : envelope.get(field);
        return node != null && node.isTextual() ? node.asText() : null;
    }

    private static <N> N number(String text, java.util.function.Function<String, N> parse) {
        try {
            return text == null ? null : parse.apply(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
