package io.gongjian.gateway.health;

import io.gongjian.commons.health.TokenKeysReadiness;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The one answer to "is the whole platform ready": {@code /q/health/group/platform} on the gateway's management
 * port, UP only when the gateway can verify tokens (Keycloak's keys loaded) and every backend is ready (each of
 * which is ready only with its database, broker and token keys). Its data names each component and its state, so a
 * DOWN says what to wait for. The launcher's "ready" line, {@code ./gongjian status} and the README's "what to wait
 * for" use it. Not the gateway's own readiness, which stays UP with a backend down (see {@link BackendsHealth}).
 */
@HealthGroup("platform")
@ApplicationScoped
public class PlatformReadiness implements AsyncHealthCheck {

    // Health checks are qualified beans: injected by the qualifier they are registered with.
    @Inject
    @HealthGroup("backends")
    BackendsHealth backends;

    @Inject
    @Readiness
    TokenKeysReadiness tokenKeys;

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.combine()
                .all()
                .unis(tokenKeys.call(), backends.call())
                .asTuple()
                .map(states -> {
                    HealthCheckResponse gateway = states.getItem1();
                    HealthCheckResponse services = states.getItem2();
                    HealthCheckResponseBuilder platform = HealthCheckResponse.named("platform")
                            .withData(
                                    "gateway",
                                    gateway.getStatus() == HealthCheckResponse.Status.UP
                                            ? "UP"
                                            : "DOWN (cannot verify tokens yet: Keycloak's keys not loaded)");
                    services.getData()
                            .map(Map::entrySet)
                            .ifPresent(data -> data.forEach(backend ->
                                    platform.withData(backend.getKey(), String.valueOf(backend.getValue()))));
                    return platform.status(gateway.getStatus() == HealthCheckResponse.Status.UP
                                    && services.getStatus() == HealthCheckResponse.Status.UP)
                            .build();
                });
    }
}
