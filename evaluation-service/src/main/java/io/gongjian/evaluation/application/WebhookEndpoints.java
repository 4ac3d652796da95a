package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.WebhookDisabledReason;
import io.gongjian.evaluation.domain.WebhookEndpoint;
import io.gongjian.evaluation.domain.WebhookSettings;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the registered webhook endpoints and their secrets. */
public interface WebhookEndpoints {

    void add(WebhookEndpoint endpoint, String secret);

    Optional<WebhookEndpoint> find(UUID id);

    /** The endpoint, locked until the transaction ends: the one way to change it. */
    Optional<WebhookEndpoint> lock(UUID id);

    /**
     * The endpoints registered in {@code ownerPrefix}'s region (a bureau's or a city's within it), or, for null,
     * every endpoint; oldest first.
     */
    List<WebhookEndpoint> registeredIn(String ownerPrefix, int offset, int limit);

    long countRegisteredIn(String ownerPrefix);

    /** New settings; turning it on clears why it was off and its run of failures. Answers the new version. */
    long change(UUID id, WebhookSettings settings, WebhookDisabledReason reasonIfOff);

    /** A new secret; the old one keeps signing until {@code previousUntil}. Answers the new version. */
    long rotate(UUID id, String secret, OffsetDateTime previousUntil);

    void remove(UUID id);
}
