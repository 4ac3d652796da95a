package io.gongjian.gateway.health;

import io.gongjian.gateway.routing.Backends;
import io.gongjian.gateway.routing.GatewayConfig;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports each backend's readiness in the gateway's. The gateway itself stays ready when a backend is not: it
 * still serves the others, and answers for the missing one with 503 naming it; taking the one entry point out of
 * rotation would turn one service's outage into everyone's.
 */
@Readiness
@ApplicationScoped
public class BackendsReadiness implements AsyncHealthCheck {

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
                                .otherwise(failure -> "DOWN ("
                                        + failure.getClass().getSimpleName() + ": " + failure.getMessage() + ")")));
        List<Future<String>> all = new ArrayList<>(states.values());
        return Uni.createFrom()
                .completionStage(Future.join(all).toCompletionStage())
                .map(done -> {
                    HealthCheckResponseBuilder response =
                            HealthCheckResponse.named("backends").up();
                    states.forEach((name, state) -> response.withData(name, state.result()));
                    return response.build();
                });
    }
}
