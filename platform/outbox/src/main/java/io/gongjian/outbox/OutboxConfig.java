package io.gongjian.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "gongjian.outbox")
public interface OutboxConfig {

    /** Most events relayed in one transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long the relay waits for the broker to acknowledge a batch before it retries later. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** Published entries older than this are deleted. */
    @WithDefault("P7D")
    Duration retention();
}
