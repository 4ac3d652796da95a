package io.gongjian.testing;

import io.gongjian.embedded.KeycloakServer;
import io.gongjian.embedded.PostgresServer;
import io.gongjian.embedded.Readiness;
import io.gongjian.embedded.StackMarker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The real components of a test JVM, each started on first use and stopped when the JVM exits, so that all
 * test classes of a module share one PostgreSQL, one broker and one Keycloak.
 */
public final class TestInfrastructure {

    private static PostgresServer postgres;
    private static InJvmKafkaBroker kafka;
    private static KeycloakServer keycloak;
    private static String keycloakUrl;

    private TestInfrastructure() {}

    /** The repository root, handed over by the build (Maven's multi-module directory). */
    public static Path root() {
        return Path.of(System.getProperty("gongjian.root", "../"))
                .toAbsolutePath()
                .normalize();
    }

    /** Scratch space of this test JVM: the module's target directory. */
    public static Path scratch(String name) {
        try {
            Path directory = Path.of("target", name).toAbsolutePath();
            Files.createDirectories(directory);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks the processes this test JVM starts with its module's target directory. */
    public static StackMarker marker() {
        return new StackMarker(scratch("."));
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            Path data = scratch("test-postgres/data-" + ProcessHandle.current().pid());
            postgres = PostgresServer.start(
                    marker(),
                    Readiness.freePort(),
                    data,
                    root().resolve("target/postgres-binaries"),
                    scratch("test-postgres").resolve("postgres.log"));
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "stop-test-postgres"));
        }
        return postgres;
    }

    public static synchronized InJvmKafkaBroker kafka() {
        if (kafka == null) {
            kafka = InJvmKafkaBroker.start(scratch("test-kafka"));
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "stop-test-kafka"));
        }
        return kafka;
    }

    /**
     * Keycloak with the project's realm, in memory so every run starts from the realm file. The distribution is
     * unpacked once under the root's target directory and shared by every module's tests, so its one-time
     * build step is paid once per build.
     */
    public static synchronized KeycloakServer keycloak() {
        if (keycloak == null) {
            int port = Readiness.freePort();
            keycloak = KeycloakServer.launch(
                    marker(),
                    KeycloakServer.distribution(root()),
                    keycloakHome(),
                    root().resolve("deploy/keycloak/gongjian-realm.json"),
                    port,
                    Readiness.freePort(),
                    KeycloakServer.Storage.MEMORY,
                    scratch("test-keycloak")
                            .resolve("keycloak-" + ProcessHandle.current().pid() + ".log"),
                    null);
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close, "stop-test-keycloak"));
            keycloak.awaitReady(Duration.ofSeconds(240));
            keycloakUrl = keycloak.url();
        }
        return keycloak;
    }

    /** Shared by the module tests and the end-to-end tests: same build options, so Keycloak builds itself once. */
    public static Path keycloakHome() {
        return root().resolve("target/test-keycloak");
    }

    public static synchronized String keycloakUrl() {
        keycloak();
        return keycloakUrl;
    }
}
