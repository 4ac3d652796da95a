package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.WebhookEventType;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the durable queue of webhook deliveries, their attempts, and what the fan-out has followed. */
public interface WebhookDeliveries {

    /**
     * Queues one delivery of the event to every enabled endpoint that subscribes to {@code type}, sees
     * {@code regionCode} (its registrant's region and its own filter) and was registered before {@code occurredAt};
     * answers how many.
     */
    int enqueue(WebhookEventType type, String regionCode, OffsetDateTime occurredAt, String payload, Duration retryFor);

    /**
     * The change-feed position the fan-out has followed through, locked for this transaction; empty while another
     * replica's fan-out holds it.
     */
    Optional<Long> lockFanOut();

    void followedThrough(long position);

    /**
     * Marks notified, once ever, the rectification items that were due before {@code today} and are neither
     * completed nor withdrawn; answers those it marked now.
     */
    List<OverdueRectification> markOverdue(LocalDate today);

    /**
     * Takes up to {@code limit} due deliveries of enabled endpoints that no other dispatcher holds, and leases them
     * for {@code lease}: if the claimant never reports, they are due again after it.
     */
    List<Claimed> claim(int limit, Duration lease, OffsetDateTime now);

    /** Records an attempt; a delivered one leaves the queue, a failed one is due at {@code nextAttempt} or, null, given up. */
    void attempted(Claimed delivery, OffsetDateTime at, WebhookSender.Outcome outcome, OffsetDateTime nextAttempt);

    /** Counts a failed attempt against the endpoint; answers its run of failures (count and since when). */
    FailureRun endpointFailed(UUID endpointId, OffsetDateTime at);

    void endpointSucceeded(UUID endpointId);

    /** Turns the endpoint off for sustained failure, with the reason; nothing if it is off already. */
    void disable(UUID endpointId, OffsetDateTime at, String detail);

    /** The endpoint's deliveries, newest first, with their attempts. */
    List<DeliveryLog> ofEndpoint(UUID endpointId, int limit);

    /** Queues the delivery again, now, for another {@code retryFor}; false when the endpoint has no such delivery. */
    boolean redeliver(UUID endpointId, UUID deliveryId, OffsetDateTime now, Duration retryFor);

    /** Deletes the delivered and given-up deliveries created before {@code before}; answers how many. */
    int purge(OffsetDateTime before);

    record OverdueRectification(
            UUID id, UUID partnershipId, String regionCode, String issue, LocalDate raisedOn, LocalDate dueOn) {}

    /** A delivery a dispatcher holds: what to send where, signed with which secrets (the newest first). */
    record Claimed(
            UUID id,
            UUID endpointId,
            URI url,
            List<String> secrets,
            String payload,
            int attempts,
            OffsetDateTime retryUntil) {}

    record FailureRun(int consecutive, OffsetDateTime since) {}

    record DeliveryLog(
            UUID id,
            String eventType,
            String state,
            OffsetDateTime createdAt,
            OffsetDateTime deliveredAt,
            OffsetDateTime nextAttemptAt,
            String payload,
            List<Attempt> attempts) {}

    record Attempt(int attempt, OffsetDateTime at, Integer httpStatus, long latencyMillis, String error) {}
}
