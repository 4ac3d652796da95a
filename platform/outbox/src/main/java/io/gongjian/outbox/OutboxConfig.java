package io.gongjian.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "gongjian.outbox")
public interface OutboxConfig {

    /** Most events relayed in one round. */
    @WithDefault("200")
    int batchSize();

    /**
     * How long the relay waits for the broker: to learn where to send (metadata) and to acknowledge an event. A
     * round starts no new sends after this long either.
     */
    @WithDefault("10s")
    Duration sendTimeout();

    /** Published entries older than this are deleted. */
    @WithDefault("P7D")
    Duration retention();

    /**
     * The largest event accepted, in bytes (envelope, record key and headers): a change whose event is larger is
     * refused when it is written. Keep it below the producer's {@code max.request.size} and the topics'
     * {@code max.message.bytes} (both 1 MiB by default) by a little more than Kafka's per-record overhead.
     */
    @WithDefault("1040384")
    int maxEventBytes();

    /** How often the broker may refuse an entry (not: be unreachable) before the entry is parked. */
    @WithDefault("5")
    int maxAttempts();

    /** Wait before the second attempt at a refused entry; doubled for each further one. */
    @WithDefault("1s")
    Duration retryBackoff();

    /** How often the outbox metrics are counted from the table. */
    @WithDefault("5s")
    Duration metricsRefresh();
}
