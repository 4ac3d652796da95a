package io.gongjian.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Where each backend lives (Kubernetes service names in a cluster) and which path prefixes it serves. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Backends by name: partnership, activity, evaluation. */
    Map<String, Backend> backends();

    /** How long the gateway waits for a backend to connect. */
    @WithDefault("2s")
    Duration connectTimeout();

    interface Backend {
        /** Base URL of the service, e.g. http://partnership-service:8080. */
        URI url();

        /** Path prefixes routed to this backend, e.g. /api/v1/partnerships. */
        List<String> prefixes();
    }
}
