package io.gongjian.evaluation.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How webhooks are delivered (gongjian.webhooks.*); the defaults are production's. */
@ConfigMapping(prefix = "gongjian.webhooks")
public interface WebhooksConfig {

    /**
     * Whether targets in private, loopback or link-local address ranges are accepted: never in production (SSRF);
     * the local platform and the tests turn it on.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** How often the dispatcher looks for new changes and due deliveries. */
    @WithDefault("1s")
    Duration dispatchInterval();

    /** How often overdue rectification items are looked for. */
    @WithDefault("10m")
    Duration overdueScanInterval();

    /** The delay after the first failed attempt; it doubles with each further one (with jitter). */
    @WithDefault("30s")
    Duration initialBackoff();

    /** The longest delay between two attempts. */
    @WithDefault("4h")
    Duration maxBackoff();

    /** How long a delivery is tried before it is given up (at least a day, so an endpoint may be down overnight). */
    @WithDefault("25h")
    Duration retryFor();

    /** An endpoint whose every attempt failed for this long … */
    @WithDefault("48h")
    Duration disableAfter();

    /** … and at least this many attempts in a row is disabled, with the reason shown on it. */
    @WithDefault("10")
    int disableAfterFailures();

    /** How long a rotated secret still signs beside the new one. */
    @WithDefault("24h")
    Duration rotationGrace();

    /** How long one attempt may take before it counts as failed. */
    @WithDefault("10s")
    Duration requestTimeout();

    /**
     * How long a claimed delivery is the claimant's: if it crashes mid-send, another dispatcher tries after this.
     * Longer than the request timeout.
     */
    @WithDefault("2m")
    Duration lease();

    /** Deliveries claimed per round, and sent at the same time. */
    @WithDefault("32")
    int batchSize();

    /** How long delivered and given-up deliveries stay in the delivery log. */
    @WithDefault("30d")
    Duration logRetention();
}
