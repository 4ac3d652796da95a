package io.gongjian.evaluation.application;

import io.gongjian.commons.domain.Forbidden;
import io.gongjian.commons.domain.NotFound;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.commons.domain.StaleVersion;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.Caller;
import io.gongjian.commons.security.Role;
import io.gongjian.evaluation.domain.WebhookDisabledReason;
import io.gongjian.evaluation.domain.WebhookEndpoint;
import io.gongjian.evaluation.domain.WebhookSettings;
import io.gongjian.evaluation.domain.WebhookSignature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Registering webhook endpoints: bureau officers for their region (an endpoint belongs to the region of the bureau
 * that registered it, and the bureaus above it see it too), platform admins for everything. Every change names the
 * version it is based on.
 */
@ApplicationScoped
public class WebhookService {

    @Inject
    WebhookEndpoints endpoints;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    TargetGuard guard;

    @Inject
    WebhooksConfig config;

    /** A registered endpoint with its new secret: shown this once. */
    public record WithSecret(WebhookEndpoint endpoint, String secret) {}

    @Transactional
    public WithSecret register(Caller caller, WebhookSettings settings) {
        String owner = ownerRegion(caller);
        checkRegionFilter(caller, settings.regionFilter());
        checkTarget(settings);
        String secret = WebhookSignature.newSecret();
        WebhookEndpoint endpoint = new WebhookEndpoint(
                UUID.randomUUID(),
                owner,
                settings,
                caller.username(),
                OffsetDateTime.now(),
                1,
                null,
                settings.enabled() ? null : WebhookDisabledReason.MANUAL,
                settings.enabled() ? null : OffsetDateTime.now(),
                null,
                null,
                0);
        endpoints.add(endpoint, secret);
        return new WithSecret(endpoint, secret);
    }

    public WebhookEndpoint get(Caller caller, UUID id) {
        return visible(caller, endpoints.find(id), id);
    }

    public Page<WebhookEndpoint> list(Caller caller, PageRequest page) {
        String owner = ownerRegion(caller);
        return Page.of(
                endpoints.registeredIn(owner, page.offset(), page.size()), page, endpoints.countRegisteredIn(owner));
    }

    @Transactional
    public WebhookEndpoint change(Caller caller, UUID id, long expectedVersion, WebhookSettings settings) {
        WebhookEndpoint current = locked(caller, id, expectedVersion);
        checkRegionFilter(caller, settings.regionFilter());
        if (!settings.url().equals(current.settings().url())) {
            checkTarget(settings);
        }
        endpoints.change(id, settings, WebhookDisabledReason.MANUAL);
        return endpoints.find(id).orElseThrow();
    }

    @Transactional
    public WithSecret rotateSecret(Caller caller, UUID id, long expectedVersion) {
        locked(caller, id, expectedVersion);
        String secret = WebhookSignature.newSecret();
        endpoints.rotate(id, secret, OffsetDateTime.now().plus(config.rotationGrace()));
        return new WithSecret(endpoints.find(id).orElseThrow(), secret);
    }

    @Transactional
    public void remove(Caller caller, UUID id, long expectedVersion) {
        locked(caller, id, expectedVersion);
        endpoints.remove(id);
    }

    public List<WebhookDeliveries.DeliveryLog> deliveries(Caller caller, UUID id, int limit) {
        get(caller, id);
        return deliveries.ofEndpoint(id, limit);
    }

    @Transactional
    public void redeliver(Caller caller, UUID id, UUID deliveryId) {
        get(caller, id);
        if (!deliveries.redeliver(id, deliveryId, OffsetDateTime.now(), config.retryFor())) {
            throw new NotFound("webhook delivery", deliveryId);
        }
    }

    private WebhookEndpoint locked(Caller caller, UUID id, long expectedVersion) {
        WebhookEndpoint endpoint = visible(caller, endpoints.lock(id), id);
        StaleVersion.check(expectedVersion, endpoint.version());
        return endpoint;
    }

    private WebhookEndpoint visible(Caller caller, java.util.Optional<WebhookEndpoint> found, UUID id) {
        ownerRegion(caller);
        return found.filter(endpoint -> caller.seesEverything()
                        || (endpoint.ownerRegion() != null && caller.oversees(endpoint.ownerRegion())))
                .orElseThrow(() -> new NotFound("webhook endpoint", id));
    }

    /** The region an endpoint the caller registers belongs to: the bureau's; none (platform-wide) for an admin. */
    private static String ownerRegion(Caller caller) {
        if (caller.seesEverything()) {
            return null;
        }
        if (caller.has(Role.BUREAU_OFFICER) && caller.region().isPresent()) {
            return caller.region().get();
        }
        throw new Forbidden("webhook.bureaus-and-admins");
    }

    private static void checkRegionFilter(Caller caller, String regionFilter) {
        if (regionFilter != null && !caller.seesEverything() && !caller.oversees(regionFilter)) {
            throw new RuleViolation(
                    "regionFilter",
                    "webhook.region-outside-scope",
                    regionFilter,
                    caller.region().orElse(""));
        }
    }

    private void checkTarget(WebhookSettings settings) {
        guard.refusal(settings.url()).ifPresent(refusal -> {
            throw new RuleViolation("url", refusal.key(), settings.url(), refusal.detail());
        });
    }
}
