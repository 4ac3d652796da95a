package io.gongjian.evaluation.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A registered webhook endpoint as its registrant reads it (its secrets never leave the store but at creation and
 * rotation).
 *
 * @param ownerRegion the region prefix of the bureau that registered it; null for a platform admin's
 * @param previousSecretUntil while a rotated secret still signs beside the new one, until when; else null
 * @param disabledReason why it is off; null while it is on
 */
public record WebhookEndpoint(
        UUID id,
        String ownerRegion,
        WebhookSettings settings,
        String createdBy,
        OffsetDateTime createdAt,
        long version,
        OffsetDateTime previousSecretUntil,
        WebhookDisabledReason disabledReason,
        OffsetDateTime disabledAt,
        String disabledDetail,
        OffsetDateTime failingSince,
        int consecutiveFailures) {}
