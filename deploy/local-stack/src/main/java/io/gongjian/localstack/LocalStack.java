package io.gongjian.localstack;

import io.gongjian.embedded.ComponentFailure;
import io.gongjian.embedded.KafkaBroker;
import io.gongjian.embedded.KeycloakServer;
import io.gongjian.embedded.PlatformTopics;
import io.gongjian.embedded.PostgresServer;
import io.gongjian.embedded.Readiness;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform on one machine: PostgreSQL, Kafka, Keycloak and the four services, started in the
 * order their dependencies need and stopped in reverse. Used by the local platform and by the end-to-end
 * tests alike.
 *
 * <p>Keycloak is the slow one, so it is launched first and awaited last: the services start meanwhile
 * (quarkus-oidc retries discovery on the first request when Keycloak was not up at boot).
 */
public final class LocalStack implements AutoCloseable {

    /** A service module and the database it owns ({@code null}: none). */
    public record Service(String name, String module, String database) {}

    public static final List<Service> SERVICES = List.of(
            new Service("partnership-service", "partnership-service", "partnership"),
            new Service("activity-service", "activity-service", "activity"),
            new Service("evaluation-service", "evaluation-service", "evaluation"),
            new Service("gateway", "gateway", null));

    /** The gateway's answer to "is the whole platform ready" (its management port). */
    public static final String PLATFORM_READINESS = "/q/health/group/platform";

    private static final Duration SERVICE_READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration KEYCLOAK_READY_TIMEOUT = Duration.ofSeconds(180);

    private final StackSettings settings;
    private final Deque<AutoCloseable> stopOrder = new ArrayDeque<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final List<ServiceProcess> instances = new ArrayList<>();
    private final Map<String, String> databaseUrls = new HashMap<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private KeycloakServer keycloak;

    private LocalStack(StackSettings settings) {
        this.settings = settings;
    }

    /**
     * Starts everything, or on the first failure stops what it had started and throws a
     * {@link ComponentFailure} naming the component and its log.
     *
     * @param kafkaStarter starts the broker: a process for the local platform, in-JVM for tests
     */
    public static LocalStack start(StackSettings settings, KafkaStarter kafkaStarter, Progress progress) {
        LocalStack stack = new LocalStack(settings);
        try {
            stack.startAll(kafkaStarter, progress);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(KafkaStarter kafkaStarter, Progress progress) {
        Ports ports = settings.ports();

        // The slow ones first, awaited last: Keycloak, then the broker; the services start while they come up.
        Progress.Step keycloakStep = progress.begin("Keycloak");
        keycloak = KeycloakServer.launch(
                settings.marker(),
                settings.keycloakDistribution(),
                settings.keycloakHome(),
                WebOrigins.realmWith(
                        settings.realmFile(),
                        settings.webOrigins(),
                        settings.home().resolve("keycloak-realm.json")),
                ports.keycloak(),
                ports.keycloakManagement(),
                settings.keycloakStorage(),
                settings.log("keycloak"),
                settings.pidFile("keycloak"));
        stopOrder.push(keycloak);

        Progress.Step kafkaStep = progress.begin("Kafka (KRaft)");
        LaunchedBroker broker = kafkaStarter.launch(settings);
        kafka = broker.broker();
        stopOrder.push(kafka);

        Progress.Step postgresStep = progress.begin("PostgreSQL 17");
        postgres = PostgresServer.start(
                settings.marker(),
                ports.postgres(),
                settings.home().resolve("postgres/data"),
                settings.home().resolve("postgres/binaries"),
                settings.log("postgres"));
        stopOrder.push(postgres);
        for (Service service : SERVICES) {
            if (service.database() != null) {
                databaseUrls.put(service.name(), postgres.createServiceDatabase(service.database()));
            }
        }
        postgresStep.done(":" + ports.postgres() + ", databases " + String.join(", ", databaseNames()));

        Map<String, Progress.Step> serviceSteps = new LinkedHashMap<>();
        for (Service service : SERVICES) {
            serviceSteps.put(service.name(), progress.begin(service.name()));
            launch(service);
        }

        broker.awaitReady().run();
        PlatformTopics.declare(kafka.bootstrapServers());
        kafkaStep.done(kafka.bootstrapServers());
        // A service is ready only once it can fetch the realm's token keys, so Keycloak comes first.
        keycloak.awaitReady(KEYCLOAK_READY_TIMEOUT);
        keycloakStep.done(settings.keycloakUrl() + " realm " + KeycloakServer.REALM);
        for (ServiceProcess process : services.values()) {
            process.awaitReady(SERVICE_READY_TIMEOUT);
            serviceSteps.get(process.name()).done(process.url());
        }
        // Ready means what the gateway's platform check says: every component up, as a user will find it.
        Readiness.await(
                "platform",
                SERVICE_READY_TIMEOUT,
                settings.log("gateway"),
                null,
                () -> Readiness.httpOk(settings.gatewayManagementUrl() + PLATFORM_READINESS));
    }

    /** Starts a broker: a process for the local platform, in the JVM for tests. */
    @FunctionalInterface
    public interface KafkaStarter {
        LaunchedBroker launch(StackSettings settings);
    }

    /** A broker on its way up, and how to wait until it is ready. */
    public record LaunchedBroker(KafkaBroker broker, Runnable awaitReady) {}

    private ServiceProcess launch(Service service) {
        return launch(service, Map.of());
    }

    private ServiceProcess launch(Service service, Map<String, String> overrides) {
        Map<String, String> environment = environment(service, databaseUrls.get(service.name()));
        environment.putAll(overrides);
        ServiceProcess process = ServiceProcess.launch(
                service.name(),
                settings.root().resolve(service.module()),
                port(service),
                readinessUrl(service),
                environment,
                settings.marker(),
                settings.log(service.name()),
                settings.pidFile(service.name()));
        stopOrder.push(process);
        services.put(service.name(), process);
        return process;
    }

    /** Stops one service and starts it again with the same settings, as a rolling restart would. */
    public void restart(String name) {
        restart(name, Map.of());
    }

    /** Stops one service and starts it again with these environment variables changed (a benchmark's on and off). */
    public void restart(String name, Map<String, String> overrides) {
        Service service = service(name);
        ServiceProcess running = services.get(name);
        running.close();
        stopOrder.remove(running);
        launch(service, overrides).awaitReady(SERVICE_READY_TIMEOUT);
    }

    /**
     * Starts one more instance of a service beside those running, on a free port, with the same database and consumer
     * groups, as a deployment scaled out runs it; {@link #stopInstance} or the stack's close stops it.
     */
    public ServiceProcess startInstance(String name) {
        Service service = service(name);
        int port = Readiness.freePort();
        Map<String, String> environment = environment(service, databaseUrls.get(name));
        environment.put("HTTP_PORT", Integer.toString(port));
        String instance = name + "-" + (instances.size() + 2);
        ServiceProcess process = ServiceProcess.launch(
                instance,
                settings.root().resolve(service.module()),
                port,
                "http://localhost:" + port + "/q/health/ready",
                environment,
                settings.marker(),
                settings.log(instance),
                settings.pidFile(instance));
        stopOrder.push(process);
        instances.add(process);
        process.awaitReady(SERVICE_READY_TIMEOUT);
        return process;
    }

    /** Stops an instance {@link #startInstance} started. */
    public void stopInstance(ServiceProcess instance) {
        instance.close();
        stopOrder.remove(instance);
        instances.remove(instance);
    }

    /** Every service process running: one per service, and the instances started beside them. */
    public List<ServiceProcess> processes() {
        List<ServiceProcess> processes = new ArrayList<>(services.values());
        processes.addAll(instances);
        return processes;
    }

    private static Service service(String name) {
        return SERVICES.stream()
                .filter(candidate -> candidate.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    private List<String> databaseNames() {
        return SERVICES.stream()
                .map(Service::database)
                .filter(name -> name != null)
                .toList();
    }

    private int port(Service service) {
        Ports ports = settings.ports();
        return switch (service.name()) {
            case "partnership-service" -> ports.partnership();
            case "activity-service" -> ports.activity();
            case "evaluation-service" -> ports.evaluation();
            case "gateway" -> ports.gateway();
            default -> throw new IllegalArgumentException(service.name());
        };
    }

    /** The gateway answers health on its management port, the services on their HTTP port. */
    private String readinessUrl(Service service) {
        String base = service.name().equals("gateway")
                ? settings.gatewayManagementUrl()
                : "http://localhost:" + port(service);
        return base + "/q/health/ready";
    }

    /** The environment variables each service reads (its application.properties, platform/service-config). */
    private Map<String, String> environment(Service service, String databaseUrl) {
        Map<String, String> environment = new HashMap<>(settings.serviceEnvironment());
        environment.put("HTTP_PORT", Integer.toString(port(service)));
        environment.put("OIDC_AUTH_SERVER_URL", settings.realmUrl());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        if (service.database() != null) {
            environment.put("DB_URL", databaseUrl);
            environment.put("DB_USER", service.database());
            environment.put("DB_PASSWORD", service.database());
            // Webhook receivers on this machine (a developer's) are what a local platform delivers to.
            environment.put("GONGJIAN_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true");
        } else {
            environment.put(
                    "PARTNERSHIP_SERVICE_URL",
                    "http://localhost:" + settings.ports().partnership());
            environment.put(
                    "ACTIVITY_SERVICE_URL",
                    "http://localhost:" + settings.ports().activity());
            environment.put(
                    "EVALUATION_SERVICE_URL",
                    "http://localhost:" + settings.ports().evaluation());
            environment.put("KEYCLOAK_URL", settings.keycloakUrl());
            environment.put("MANAGEMENT_PORT", Integer.toString(settings.ports().gatewayManagement()));
            environment.put("WEB_ORIGINS", String.join(",", settings.webOrigins()));
        }
        return environment;
    }

    public StackSettings settings() {
        return settings;
    }

    public Map<String, ServiceProcess> services() {
        return services;
    }

    /** Stops services first (while the broker is still there to flush to), then Keycloak, Kafka, PostgreSQL. */
    @Override
    public void close() {
        while (!stopOrder.isEmpty()) {
            AutoCloseable component = stopOrder.pop();
            try {
                component.close();
            } catch (Exception e) {
                System.err.println("while stopping " + component + ": " + e.getMessage());
            }
        }
    }
}
