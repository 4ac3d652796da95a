package io.gongjian.evaluation.api;

import io.gongjian.evaluation.application.WebhookService;
import io.gongjian.evaluation.domain.WebhookDisabledReason;
import io.gongjian.evaluation.domain.WebhookEndpoint;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookEndpoint", description = "A registered webhook endpoint")
public record WebhookResponse(
        UUID id,
        String url,
        List<WebhookEventTypeName> eventTypes,
        @Schema(nullable = true, example = "4502") String regionFilter,
        @Schema(nullable = true) String description,
        @Schema(description = "Whether deliveries are sent") boolean enabled,
        @Schema(nullable = true, description = "Why it is off; null while it is on")
                WebhookDisabledReason disabledReason,
        @Schema(nullable = true) OffsetDateTime disabledAt,
        @Schema(nullable = true, description = "What the failures were, when it was disabled for them")
                String disabledDetail,
        @Schema(description = "Failed attempts in a row, 0 after a success") int consecutiveFailures,
        @Schema(nullable = true, description = "Since when every attempt failed") OffsetDateTime failingSince,
        @Schema(
                        nullable = true,
                        description = "The region of the bureau that registered it; null for a platform admin's",
                        example = "45")
                String ownerRegion,
        String createdBy,
        OffsetDateTime createdAt,
        @Schema(description = "Send it in If-Match to change it (also the ETag)") long version,
        @Schema(
                        nullable = true,
                        description = "After a rotation, until when the previous secret signs beside the new one")
                OffsetDateTime previousSecretValidUntil,
        @Schema(
                        nullable = true,
                        description = "The signing secret (whsec_…): only in the answer of the registration and of a"
                                + " rotation; keep it, it is not shown again",
                        example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
                String secret) {

    static WebhookResponse of(WebhookEndpoint endpoint) {
        return of(endpoint, null);
    }

    static WebhookResponse of(WebhookService.WithSecret created) {
        return of(created.endpoint(), created.secret());
    }

    private static WebhookResponse of(WebhookEndpoint e, String secret) {
        return new WebhookResponse(
                e.id(),
                e.settings().url().toString(),
                e.settings().eventTypes().stream()
                        .sorted()
                        .map(WebhookEventTypeName::of)
                        .toList(),
                e.settings().regionFilter(),
                e.settings().description(),
                e.settings().enabled(),
                e.disabledReason(),
                e.disabledAt(),
                e.disabledDetail(),
                e.consecutiveFailures(),
                e.failingSince(),
                e.ownerRegion(),
                e.createdBy(),
                e.createdAt(),
                e.version(),
                e.previousSecretUntil(),
                secret);
    }
}
