package io.gongjian.localstack;

import io.gongjian.embedded.KeycloakServer;
import io.gongjian.embedded.StackMarker;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the stack finds its parts and keeps its state.
 *
 * @param root the repository root: the services' modules, the realm file, the Keycloak distribution
 * @param home data, logs and pid files of this stack
 * @param keycloakHome where the Keycloak distribution is unpacked (and, for {@link KeycloakServer.Storage#FILE},
 *     where its data lives)
 * @param serviceEnvironment set for every service besides what the stack sets itself (e.g. where to export traces)
 */
public record StackSettings(
        Path root,
        Path home,
        Ports ports,
        KeycloakServer.Storage keycloakStorage,
        Path keycloakHome,
        Map<String, String> serviceEnvironment) {

    public StackSettings {
        serviceEnvironment = Map.copyOf(serviceEnvironment);
    }

    public StackSettings(Path root, Path home, Ports ports, KeycloakServer.Storage keycloakStorage, Path keycloakHome) {
        this(root, home, ports, keycloakStorage, keycloakHome, Map.of());
    }

    public Path realmFile() {
        return root.resolve("deploy/keycloak/gongjian-realm.json");
    }

    public Path keycloakDistribution() {
        return KeycloakServer.distribution(root);
    }

    /** Carried by every process of this stack, the launcher included. */
    public StackMarker marker() {
        return new StackMarker(home);
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path pids() {
        return home.resolve("run");
    }

    public Path log(String component) {
        return logs().resolve(component + ".log");
    }

    public Path pidFile(String component) {
        return pids().resolve(component + ".pid");
    }

    public String keycloakUrl() {
        return "http://localhost:" + ports.keycloak();
    }

    public String realmUrl() {
        return keycloakUrl() + "/realms/" + KeycloakServer.REALM;
    }

    public String gatewayUrl() {
        return "http://localhost:" + ports.gateway();
    }

    /** The gateway's health and metrics (its management interface). */
    public String gatewayManagementUrl() {
        return "http://localhost:" + ports.gatewayManagement();
    }

    /** The browser origins of the platform, for the gateway's CORS and the realm's public client alike. */
    public List<String> webOrigins() {
        return WebOrigins.of(gatewayUrl(), System.getenv("GONGJIAN_WEB_ORIGINS"));
    }
}
