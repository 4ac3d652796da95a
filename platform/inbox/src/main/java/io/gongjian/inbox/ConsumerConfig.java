package io.gongjian.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the event consumers wait out a failure that goes away by itself (see {@link Consumption}). */
@ConfigMapping(prefix = "gongjian.consumer")
public interface ConsumerConfig {

    /** Wait before the second attempt at a transient failure; doubled for each further one, up to the cap. */
    @WithDefault("200ms")
    Duration retryBackoff();

    /** The longest wait between two attempts: how late, at most, a consumer notices that the failure is over. */
    @WithDefault("10s")
    Duration retryBackoffMax();

    /**
     * A consumer retrying for longer than this makes the service unready: its read model is falling behind.
     * Shorter outages pass unnoticed by the probes (the metrics still show them).
     */
    @WithDefault("30s")
    Duration unreadyAfter();
}
