package io.gongjian.outbox;

import io.gongjian.commons.events.CloudEvent;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;

/** An outbox entry as it travels: keyed by its record key, the envelope as value, its content type in a header. */
final class OutboxRecords {

    private static final String CONTENT_TYPE_HEADER = "content-type";
    private static final byte[] CONTENT_TYPE = CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);

    private OutboxRecords() {}

    static ProducerRecord<String, String> of(OutboxEntry entry) {
        ProducerRecord<String, String> record = new ProducerRecord<>(entry.topic, entry.recordKey, entry.envelope);
        record.headers().add(CONTENT_TYPE_HEADER, CONTENT_TYPE);
        return record;
    }

    /** Key, value and header bytes: what counts against the broker's limits, but for a fixed per-record overhead. */
    static long size(OutboxEntry entry) {
        return utf8Length(entry.recordKey)
                + utf8Length(entry.envelope)
                + CONTENT_TYPE_HEADER.length()
                + CONTENT_TYPE.length;
    }

    private static long utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
