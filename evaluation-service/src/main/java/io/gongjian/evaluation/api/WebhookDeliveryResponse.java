package io.gongjian.evaluation.api;

import io.gongjian.evaluation.application.WebhookDeliveries;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One event sent to an endpoint, with every attempt")
public record WebhookDeliveryResponse(
        @Schema(description = "The webhook-id header: the same for every attempt") UUID id,
        WebhookEventTypeName eventType,
        @Schema(
                        description = "PENDING (queued or to be retried), DELIVERED (a 2xx answer), FAILED (given up"
                                + " after the retry period)")
                WebhookDeliveryState state,
        OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime deliveredAt,
        @Schema(nullable = true, description = "When it is tried next, while PENDING") OffsetDateTime nextAttemptAt,
        @Schema(description = "The body as sent (and signed)") String payload,
        List<Attempt> attempts) {

    @Schema(name = "WebhookAttempt", description = "One try to deliver")
    public record Attempt(
            int attempt,
            OffsetDateTime attemptedAt,
            @Schema(nullable = true, description = "The receiver's HTTP status; null when none came")
                    Integer httpStatus,
            long latencyMillis,
            @Schema(nullable = true, description = "What went wrong; null on success") String error) {}

    /** Where a delivery is. */
    public enum WebhookDeliveryState {
        PENDING,
        DELIVERED,
        FAILED
    }

    static WebhookDeliveryResponse of(WebhookDeliveries.DeliveryLog log) {
        return new WebhookDeliveryResponse(
                log.id(),
                WebhookEventTypeName.of(log.eventType()),
                WebhookDeliveryState.valueOf(log.state()),
                log.createdAt(),
                log.deliveredAt(),
                log.nextAttemptAt(),
                log.payload(),
                log.attempts().stream()
                        .map(a -> new Attempt(a.attempt(), a.at(), a.httpStatus(), a.latencyMillis(), a.error()))
                        .toList());
    }
}
