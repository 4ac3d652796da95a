package io.gongjian.gateway.health;

import io.gongjian.gateway.routing.BackendFailure;
import io.gongjian.gateway.routing.Backends;
import io.gongjian.gateway.routing.GatewayConfig;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Each backend's own readiness, in the health group {@code backends} ({@code /q/health/group/backends} on the
 * management port): DOWN as soon as one backend is, with each one's state, in words without addresses or
 * exception names. Deliberately not part of the gateway's readiness: the gateway stays in rotation with a backend
 * down, since it still serves the others and answers for the missing one with 503 naming it; taking the one entry
 * point out would turn one service's outage into everyone's.
 */
@HealthGroup("backends")
@ApplicationScoped
public class BackendsHealth implements AsyncHealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    @Inject
    GatewayConfig config;

    @Inject
    Backends backends;

    @Override
    public Uni<HealthCheckResponse> call() {
        Map<String, Future<String>> states = new LinkedHashMap<>();
        config.backends()
                .forEach((name, backend) -> states.put(
                        name,
                        backends.get(backend, "/q/health/ready", TIMEOUT)
                                .map(answer ->
                                        answer.status() == 200 ? "UP" : "DOWN (answered " + answer.status() + ")")
                                .otherwise(BackendsHealth::down)));
        return Uni.createFrom()
                .completionStage(Future.join(new ArrayList<>(states.values())).toCompletionStage())
                .map(done -> {
                    HealthCheckResponseBuilder response = HealthCheckResponse.named("backends");
                    states.forEach((name, state) -> response.withData(name, state.result()));
                    return response.status(states.values().stream()
                                    .allMatch(state -> state.result().equals("UP")))
                            .build();
                });
    }

    private static String down(Throwable failure) {
        return switch (BackendFailure.of(failure)) {
            case TIMED_OUT -> "DOWN (no answer within " + TIMEOUT.toSeconds() + " s)";
            case UNREACHABLE -> "DOWN (not reachable)";
            case BROKE_OFF -> "DOWN (broke off the exchange)";
        };
    }
}
