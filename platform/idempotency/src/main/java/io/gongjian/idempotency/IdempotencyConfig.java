package io.gongjian.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

@ConfigMapping(prefix = "gongjian.idempotency")
public interface IdempotencyConfig {

    /** How long a key and its first answer are kept: a retry within it is replayed, after it is a new request. */
    @WithDefault("PT24H")
    Duration retention();

    /**
     * How long a request waits for the request in progress with the same key (the concurrent duplicate) before it is
     * answered 409 with Retry-After.
     */
    @WithDefault("5s")
    @WithName("wait")
    Duration longestWait();
}
