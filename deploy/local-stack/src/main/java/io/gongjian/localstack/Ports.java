package io.gongjian.localstack;

import io.gongjian.embedded.Readiness;
import java.util.Map;

/** Where each component listens. The local platform's ports keep clear of 5432 and 9092. */
public record Ports(
        int gateway,
        int gatewayManagement,
        int keycloak,
        int keycloakManagement,
        int partnership,
        int activity,
        int evaluation,
        int postgres,
        int kafka,
        int kafkaController) {

    /** The local platform's ports; each can be moved with an environment variable, e.g. GONGJIAN_GATEWAY_PORT. */
    public static Ports local(Map<String, String> environment) {
        return new Ports(
                port(environment, "GATEWAY", 8080),
                port(environment, "GATEWAY_MANAGEMENT", 8090),
                port(environment, "KEYCLOAK", 8180),
                port(environment, "KEYCLOAK_MANAGEMENT", 8190),
                port(environment, "PARTNERSHIP", 8081),
                port(environment, "ACTIVITY", 8082),
                port(environment, "EVALUATION", 8083),
                port(environment, "POSTGRES", 15432),
                port(environment, "KAFKA", 19092),
                port(environment, "KAFKA_CONTROLLER", 19093));
    }

    /** Fresh free ports, so tests never collide with a running local platform or with each other. */
    public static Ports free() {
        return new Ports(
                Readiness.freePort(),
                Readiness.freePort(),
                Readiness.freePort(),
                Readiness.freePort(),
                Readiness.freePort(),
                Readiness.freePort(),
                Readiness.freePort(),
                Readiness.freePort(),
                Readiness.freePort(),
                Readiness.freePort());
    }

    private static int port(Map<String, String> environment, String component, int fallback) {
        String value = environment.get("GONGJIAN_" + component + "_PORT");
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
