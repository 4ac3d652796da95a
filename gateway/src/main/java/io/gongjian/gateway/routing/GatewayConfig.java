package io.gongjian.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Where each backend lives (Kubernetes service names in a cluster), which paths it serves, and the edge's limits. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Backends by name: partnership, activity, evaluation. */
    Map<String, Backend> backends();

    /** How long the gateway waits for a backend to accept a connection. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a backend may stay silent (no response, no body data) before the caller gets 504. */
    @WithDefault("30s")
    Duration responseTimeout();

    /** Largest request body accepted, in bytes; more gets 413. */
    @WithDefault("1048576")
    long maxBodyBytes();

    RateLimit rateLimit();

    /** Keycloak's realm as browsers reach it (the issuer of the platform's tokens), for links to the login. */
    String publicRealmUrl();

    interface Backend {
        /** Base URL of the service, e.g. http://partnership-service:8080. */
        URI url();

        /** Path prefixes routed to this backend, e.g. /api/v1/partnerships. */
        List<String> prefixes();

        /** The service's name for people, in problem documents and the API documents. */
        String title();
    }

    /** Requests per client (token {@code azp}) and user (token {@code sub}), per gateway instance. */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Sustained requests per second. */
        @WithDefault("50")
        double requestsPerSecond();

        /** Requests that may come at once above the sustained rate. */
        @WithDefault("100")
        int burst();
    }
}
