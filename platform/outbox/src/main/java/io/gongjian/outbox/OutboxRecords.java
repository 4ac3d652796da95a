package io.gongjian.outbox;

import io.gongjian.commons.events.CloudEvent;
import io.gongjian.commons.events.EventCodec;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * An outbox entry as it travels: keyed by its record key, the envelope as value, its content type and the trace
 * context of its delivery ({@link EventCodec#TRACEPARENT}) in headers.
 */
final class OutboxRecords {

    private static final String CONTENT_TYPE_HEADER = "content-type";
    private static final byte[] CONTENT_TYPE = CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);
    /** A W3C traceparent is always this long: version, trace id, span id, flags. */
    private static final int TRACEPARENT_LENGTH = 55;

    private OutboxRecords() {}

    /** @param traceparent the relay's span for this delivery, which the consumer's spans continue; null: none */
    static ProducerRecord<String, String> of(OutboxEntry entry, String traceparent) {
        ProducerRecord<String, String> record = new ProducerRecord<>(entry.topic, entry.recordKey, entry.envelope);
        record.headers().add(CONTENT_TYPE_HEADER, CONTENT_TYPE);
        if (traceparent != null) {
            record.headers().add(EventCodec.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    /** Key, value and header bytes: what counts against the broker's limits, but for a fixed per-record overhead. */
    static long size(OutboxEntry entry) {
        return utf8Length(entry.recordKey)
                + utf8Length(entry.envelope)
                + CONTENT_TYPE_HEADER.length()
                + CONTENT_TYPE.length
                + EventCodec.TRACEPARENT.length()
                + TRACEPARENT_LENGTH;
    }

    private static long utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
