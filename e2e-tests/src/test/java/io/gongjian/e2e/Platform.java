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

/**
 * The four packaged services on real PostgreSQL, Kafka (in this JVM) and Keycloak, on free ports: started once
 * for all end-to-end test classes and stopped when the JVM exits.
 */
final class Platform {

    private static LocalStack stack;
    private static InJvmKafkaBroker kafka;

    private Platform() {}

    static synchronized LocalStack get() {
        if (stack == null) {
            Directories.deleteRecursively(TestInfrastructure.scratch("e2e-home"));
            Path home = TestInfrastructure.scratch("e2e-home");
            StackSettings settings = new StackSettings(
                    TestInfrastructure.root(),
                    home,
                    Ports.free(),
                    KeycloakServer.Storage.MEMORY,
                    TestInfrastructure.keycloakHome());
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

    static String serviceUrl(String service) {
        return get().services().get(service).url();
    }
}
