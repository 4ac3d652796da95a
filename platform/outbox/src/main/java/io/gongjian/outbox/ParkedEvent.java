package io.gongjian.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event the relay set aside, and why. */
@Schema(name = "ParkedEvent", description = "An event the broker kept refusing, set aside so that the others go on")
public record ParkedEvent(
        @Schema(description = "The CloudEvent's id") UUID eventId,
        @Schema(example = "gongjian.activity.events") String topic,
        @Schema(description = "The Kafka record key: the events of one key are published in order") String recordKey,
        @Schema(example = "io.gongjian.activity.ActivityChanged.v1") String eventType,
        @Schema(description = "The record the event is about", example = "activities/0b6f…") String subject,
        @Schema(description = "Size of the event as sent (envelope, key and headers), in bytes") long bytes,
        OffsetDateTime createdAt,
        OffsetDateTime parkedAt,
        @Schema(description = "How often the broker refused it") int attempts,
        @Schema(description = "The broker's last answer", example = "RecordTooLargeException: …") String reason) {

    static ParkedEvent of(OutboxEntry entry) {
        return new ParkedEvent(
                entry.eventId,
                entry.topic,
                entry.recordKey,
                entry.eventType,
                entry.subject,
                OutboxRecords.size(entry),
                entry.createdAt,
                entry.parkedAt,
                entry.attempts,
                entry.lastError);
    }
}
