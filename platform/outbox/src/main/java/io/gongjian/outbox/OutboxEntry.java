package io.gongjian.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event waiting for (or done with) its trip to Kafka. Pending while neither published nor parked; a pending
 * entry with {@code nextAttemptAt} was refused by the broker and waits out a backoff, and so does every later
 * entry of its record key.
 */
@Entity
@Table(name = "outbox")
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "record_key", nullable = false)
    public String recordKey;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    /** The record the event is about, e.g. {@code activities/1f0c…}, to name it without reading the envelope. */
    public String subject;

    @Column(nullable = false)
    public String envelope;

    /** The W3C trace context of the write that appended it; null when it was not traced. */
    public String traceparent;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** How often the broker refused this entry. */
    @Column(nullable = false)
    public int attempts;

    /** Why the last attempt failed. */
    @Column(name = "last_error")
    public String lastError;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    /** Set when the relay gave up; a platform admin can send it again after a fix. */
    @Column(name = "parked_at")
    public OffsetDateTime parkedAt;
}
