package io.gongjian.e2e;

import io.gongjian.embedded.Directories;
import io.gongjian.embedded.KeycloakServer;
import io.gongjian.localstack.LocalStack;
import io.gongjian.localstack.Ports;
import io.gongjian.localstack.Progress;
import io.gongjian.localstack.StackSettings;
import io.gongjian.testing.InJvmKafkaBroker;
import io.gongjian.testing.TestInfrastructure;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The four packaged services on real PostgreSQL, Kafka (in this JVM) and Keycloak, on free ports: started once
 * for all end-to-end test classes and stopped when the JVM exits. The services export their traces to a receiver
 * in this JVM ({@link #traces()}), as they would to a collector in a cluster.
 */
final class Platform {

    private static LocalStack stack;
    private static InJvmKafkaBroker kafka;
    private static TraceReceiver traces;

    private Platform() {}

    static synchronized LocalStack get() {
        if (stack == null) {
            Directories.deleteRecursively(TestInfrastructure.scratch("e2e-home"));
            Path home = TestInfrastructure.scratch("e2e-home");
            traces = TraceReceiver.start();
            Map<String, String> environment = new HashMap<>(Map.of(
                    "OTEL_EXPORTER_OTLP_ENDPOINT", traces.endpoint(),
                    "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                    "OTEL_TRACES_SAMPLER_ARG", "1.0",
                    // Spans leave within a fraction of a second, not the default five.
                    "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms",
                    // Early warnings are looked for every few seconds, not every hour.
                    "GONGJIAN_WARNINGS_SCAN_INTERVAL", "2s"));
            if (!Boolean.getBoolean("gongjian.benchmark")) {
                // The consumers say what they applied, in the trace of the event: a line per event, which a
                // benchmark of the production configuration (INFO) does not write.
                environment.put("QUARKUS_LOG_CATEGORY__IO_GONGJIAN_INBOX__LEVEL", "DEBUG");
            }
            StackSettings settings = new StackSettings(
                    TestInfrastructure.root(),
                    home,
                    Ports.free(),
                    KeycloakServer.Storage.MEMORY,
                    TestInfrastructure.keycloakHome(),
                    environment);
            stack = LocalStack.start(
                    settings,
                    ignored -> {
                        kafka = InJvmKafkaBroker.start(home.resolve("kafka"));
                        return new LocalStack.LaunchedBroker(kafka, () -> {});
                    },
                    new Progress(System.out));
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "stop-e2e-platform"));
        }
        return stack;
    }

    /** What the services exported: every span of every trace since the platform started. */
    static TraceReceiver traces() {
        get();
        return traces;
    }

    static String gatewayUrl() {
        return get().settings().gatewayUrl();
    }

    static String keycloakUrl() {
        return get().settings().keycloakUrl();
    }

    static String kafkaBootstrapServers() {
        get();
        return kafka.bootstrapServers();
    }

    /** The platform's PostgreSQL; each service's database has a login of its name, password the same. */
    static int postgresPort() {
        return get().settings().ports().postgres();
    }

    static String serviceUrl(String service) {
        return get().services().get(service).url();
    }
}
