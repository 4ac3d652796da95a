package io.gongjian.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The real Keycloak server (keycloak-quarkus-dist) in dev mode, with the project's realm imported.
 *
 * <p>The distribution is unpacked once into {@code home}; its first start spends ~45 s on Keycloak's build
 * step, later starts reuse it. With {@link Storage#FILE} the realm and its users persist; when the realm file
 * changes, the stored realm is dropped and imported again (Keycloak itself only imports missing realms).
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "gongjian";

    private static final String LOOPBACK = "127.0.0.1";

    /** Where Keycloak keeps its own data: a file kept between runs, or memory (tests start clean). */
    public enum Storage {
        FILE("dev-file"),
        MEMORY("dev-mem");

        final String database;

        Storage(String database) {
            this.database = database;
        }
    }

    private final ManagedProcess process;
    private final int port;
    private final int managementPort;

    private KeycloakServer(ManagedProcess process, int port, int managementPort) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
    }

    /** The distribution zip, fetched by this module's build. */
    public static Path distribution(Path repositoryRoot) {
        return repositoryRoot.resolve("platform/embedded/target/dist/keycloak-quarkus-dist.zip");
    }

    /**
     * Launches Keycloak and returns at once; {@link #awaitReady} waits until the realm answers. Both its HTTP
     * interface and its management interface (health, metrics) listen on the loopback address only.
     */
    public static KeycloakServer launch(
            StackMarker marker,
            Path distributionZip,
            Path home,
            Path realmFile,
            int port,
            int managementPort,
            Storage storage,
            Path logFile,
            Path pidFile) {
        try {
            Path distribution = unpack(distributionZip, home);
            importRealm(distribution, realmFile, storage);
            List<String> command = List.of(
                    distribution.resolve("bin/kc.sh").toString(),
                    // kc.sh passes -D options to Keycloak's JVM: the marker is in both command lines.
                    marker.jvmOption(),
                    "start-dev",
                    "--http-host=" + LOOPBACK,
                    "--http-port=" + port,
                    // Inherited from --http-host when unset; said anyway, as the one that used to listen everywhere.
                    "--http-management-host=" + LOOPBACK,
                    "--http-management-port=" + managementPort,
                    "--health-enabled=true",
                    "--db=" + storage.database,
                    "--cache=local",
                    "--import-realm");
            Map<String, String> environment = Map.of(
                    "JAVA_HOME", Jdks.newest().toString(),
                    "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx448m",
                    // Keycloak here serves a handful of logins: the client JIT starts it with half the CPU.
                    "JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1",
                    "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                    "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            ManagedProcess process = ManagedProcess.start(
                    "Keycloak", command, environment, distribution, logFile, pidFile, Duration.ofSeconds(20));
            return new KeycloakServer(process, port, managementPort);
        } catch (IOException e) {
            throw new ComponentFailure("Keycloak", "did not start: " + e.getMessage(), logFile);
        }
    }

    public void awaitReady(Duration timeout) {
        String health = "http://" + LOOPBACK + ":" + managementPort + "/health/ready";
        String discovery = realmUrl() + "/.well-known/openid-configuration";
        Readiness.await(
                "Keycloak",
                timeout,
                process.logFile(),
                process,
                () -> Readiness.httpOk(health) && Readiness.httpOk(discovery));
    }

    public int managementPort() {
        return managementPort;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** The issuer and OIDC auth-server-url of the project's realm. */
    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    private static Path unpack(Path zip, Path home) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new IOException("Keycloak distribution not found at " + zip + " (build deploy/local-stack first)");
        }
        Path marker = home.resolve(".unpacked");
        if (Files.exists(marker)) {
            return home.resolve(Files.readString(marker).trim());
        }
        Files.createDirectories(home);
        String topDirectory = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = home.resolve(entry.getName()).normalize();
                if (!target.startsWith(home)) {
                    throw new IOException("zip entry outside the target directory: " + entry.getName());
                }
                if (topDirectory == null) {
                    topDirectory = entry.getName().split("/")[0];
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    if (entry.getName().endsWith(".sh")) {
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        }
        Files.writeString(marker, topDirectory);
        return home.resolve(topDirectory);
    }

    private static void importRealm(Path distribution, Path realmFile, Storage storage) throws IOException {
        Path importDirectory = distribution.resolve("data/import");
        Files.createDirectories(importDirectory);
        Path imported = importDirectory.resolve(REALM + "-realm.json");
        Path fingerprint = distribution.resolve("data/" + REALM + "-realm.sha256");
        String current = sha256(realmFile);
        boolean changed =
                !Files.exists(fingerprint) || !Files.readString(fingerprint).equals(current);
        if (storage == Storage.FILE && changed) {
            Directories.deleteRecursively(distribution.resolve("data/h2"));
        }
        Files.copy(realmFile, imported, StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(fingerprint, current);
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
