package io.gongjian.testing;

import io.gongjian.embedded.KeycloakServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** The real Keycloak with the project's realm, for a service under test. */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.oidc.auth-server-url", TestInfrastructure.keycloakUrl() + "/realms/" + KeycloakServer.REALM);
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; stopped when the JVM exits.
    }
}
