package io.gongjian.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while an event consumer falls behind: stuck retrying longer than {@code gongjian.consumer.unready-after},
 * or stopped for good (then the messaging liveness check is DOWN too, and a restart is the remedy). Without it a
 * service whose read model froze would keep saying UP while answering with ever older data.
 */
@Readiness
@ApplicationScoped
public class ConsumersReadiness implements HealthCheck {

    @Inject
    ConsumerStatus status;

    @Inject
    ConsumerConfig config;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("event consumers").status(status.consuming(config.unreadyAfter()));
        status.report().forEach(response::withData);
        return response.build();
    }
}
