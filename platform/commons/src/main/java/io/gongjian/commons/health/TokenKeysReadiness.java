package io.gongjian.commons.health;

import io.quarkus.oidc.runtime.TenantConfigBean;
import io.quarkus.oidc.runtime.TenantConfigContext;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once tokens can be verified: a service started while Keycloak was down has no signing keys, and
 * would otherwise report UP while answering every token with an error. While not ready, each probe tries to load
 * the keys again, so the service becomes ready by itself when Keycloak returns (requests meanwhile get 503 with
 * Retry-After from the problem mapper). Once loaded, the keys stay in memory: a later Keycloak outage does not
 * make a running service unready.
 *
 * <p>Reads the OIDC extension's tenant state ({@code TenantConfigBean}, as its own optional health check does):
 * there is no public API for "are the keys loaded" in quarkus-oidc 3.34.
 */
@Readiness
@ApplicationScoped
public class TokenKeysReadiness implements AsyncHealthCheck {

    static final String NAME = "token keys";

    /** A probe must answer quickly; an unreachable Keycloak is refused at once, a hanging one is cut here. */
    private static final Duration PATIENCE = Duration.ofSeconds(3);

    @Inject
    Instance<TenantConfigBean> tenants;

    @Override
    public Uni<HealthCheckResponse> call() {
        TenantConfigContext tenant = tenants.isResolvable() ? tenants.get().getDefaultTenant() : null;
        if (tenant == null
                || tenant.oidcConfig() == null
                || !tenant.oidcConfig().tenantEnabled()
                || tenant.ready()) {
            return Uni.createFrom().item(up());
        }
        return tenant.initialize()
                .ifNoItem()
                .after(PATIENCE)
                .fail()
                .map(initialized -> initialized.ready() ? up() : down())
                .onFailure()
                .recoverWithItem(TokenKeysReadiness::down);
    }

    private static HealthCheckResponse up() {
        return HealthCheckResponse.named(NAME).up().build();
    }

    private static HealthCheckResponse down() {
        return HealthCheckResponse.named(NAME)
                .down()
                .withData("tokens", "cannot be verified yet: the sign-in service has not been reached; retrying")
                .build();
    }
}
