package io.gongjian.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** Largest request body accepted, in bytes, whether announced or streamed in chunks; more gets 413. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /**
     * Largest spreadsheet upload ({@code POST /api/v1/imports}), in bytes: a little over the services' own file cap
     * ({@code gongjian.imports.max-file-bytes}, 10 MiB), so that the service, which names the file, is what refuses
     * a file just over it.
     */
    @WithDefault("11534336")
    long maxUploadBytes();

    /**
     * How long a client may leave the body it announced unsent (between two pieces of it) before it gets 408. The
     * body is read whole before a backend connection is taken, so a slow client never holds one.
     */
    @WithDefault("10s")
    Duration requestBodyTimeout();

    /**
     * The browser origins the platform is used from (the gateway's own host for Swagger UI, and the front-ends'):
     * answered for CORS here, and the very list the realm's public client allows as redirect targets and web
     * origins (the launcher and the chart give both the same value).
     */
    List<String> webOrigins();

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

        /** The record kinds this backend imports from spreadsheets (/api/v1/imports), e.g. activities. */
        Optional<List<String>> importKinds();
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
