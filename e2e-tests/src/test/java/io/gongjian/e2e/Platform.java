package io.gongjian.e2e;

import io.gongjian.localstack.LocalStack;
import io.gongjian.localstack.Ports;
import io.gongjian.localstack.Progress;
import io.gongjian.localstack.StackSettings;
import io.gongjian.localstack.infra.KeycloakServer;
import io.gongjian.testing.InJvmKafkaBroker;
import io.gongjian.testing.TestInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The four packaged services on real PostgreSQL, Kafka (in this JVM) and Keycloak, on free ports: started once
 * for all end-to-end test classes and stopped when the JVM exits.
 */
final class Platform {

    private static LocalStack stack;

    private Platform() {}

    static synchronized LocalStack get() {
        if (stack == null) {
            Path home = TestInfrastructure.scratch("e2e-home");
            wipe(home);
            StackSettings settings = new StackSettings(
                    TestInfrastructure.root(),
                    home,
                    Ports.free(),
                    KeycloakServer.Storage.MEMORY,
                    TestInfrastructure.keycloakHome());
            stack = LocalStack.start(
                    settings,
                    ignored -> new LocalStack.LaunchedBroker(InJvmKafkaBroker.start(home.resolve("kafka")), () -> {}),
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

    static String serviceUrl(String service) {
        return get().services().get(service).url();
    }

    private static void wipe(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .filter(path -> !path.equals(directory))
                    .forEach(path -> {
                        try {
                            Files.delete(path);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
