package io.gongjian.records.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** How long a write that names a partnership version waits for this service's copy to reach it. */
@ConfigMapping(prefix = "gongjian.consistency")
public interface ConsistencyConfig {

    /** The longest wait; then 503 with Retry-After. */
    @WithDefault("5s")
    @WithName("wait")
    Duration longestWait();

    /** How often the copy is looked at while waiting. */
    @WithDefault("20ms")
    Duration poll();
}
