package io.gongjian.localstack;

import io.gongjian.embedded.ComponentFailure;
import io.gongjian.embedded.ManagedProcess;
import io.gongjian.embedded.Readiness;
import io.gongjian.embedded.StackMarker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One of the four Quarkus services, run from its packaged {@code quarkus-app} like in a container. */
public final class ServiceProcess implements AutoCloseable {

    /**
     * Sized for a laptop running the whole platform: each service stays well under 300 MiB, and the client JIT
     * (C1 only) halves the CPU a start costs on two cores. {@code GONGJIAN_JAVA_OPTS} adds or overrides options,
     * e.g. {@code -XX:TieredStopAtLevel=4} for benchmarks at full JIT.
     */
    private static final List<String> JVM_OPTIONS = List.of(
            "-XX:TieredStopAtLevel=1",
            "-Xms32m",
            "-Xmx160m",
            "-Xss512k",
            "-XX:+UseSerialGC",
            "-XX:ReservedCodeCacheSize=64m",
            "-XX:MaxMetaspaceSize=160m",
            "-XX:+ExitOnOutOfMemoryError",
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager");

    private final ManagedProcess process;
    private final int port;
    private final String readinessUrl;

    private ServiceProcess(ManagedProcess process, int port, String readinessUrl) {
        this.process = process;
        this.port = port;
        this.readinessUrl = readinessUrl;
    }

    /** Launches the service and returns at once; {@link #awaitReady} waits for its readiness check at {@code readinessUrl}. */
    public static ServiceProcess launch(
            String name,
            Path moduleDirectory,
            int port,
            String readinessUrl,
            Map<String, String> environment,
            StackMarker marker,
            Path logFile,
            Path pidFile) {
        Path jar = moduleDirectory.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new ComponentFailure(name, "is not built: " + jar + " is missing (run ./mvnw package)", null);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        // So that `gongjian stop` and `status` recognise the process by its command line.
        command.add(marker.jvmOption());
        String extraOptions = System.getenv().getOrDefault("GONGJIAN_JAVA_OPTS", "");
        if (!extraOptions.isBlank()) {
            command.addAll(List.of(extraOptions.trim().split("\\s+")));
        }
        Path classDataArchive = jar.resolveSibling("app-cds.jsa");
        if (Files.isRegularFile(classDataArchive)) {
            command.add("-XX:SharedArchiveFile=" + classDataArchive.getFileName());
        }
        // The class-data archive records the classpath as Quarkus built it: run from quarkus-app, jar relative.
        command.add("-jar");
        command.add(jar.getFileName().toString());
        try {
            ManagedProcess process = ManagedProcess.start(
                    name, command, environment, jar.getParent(), logFile, pidFile, Duration.ofSeconds(15));
            return new ServiceProcess(process, port, readinessUrl);
        } catch (IOException e) {
            throw new ComponentFailure(name, "did not start: " + e.getMessage(), logFile);
        }
    }

    public void awaitReady(Duration timeout) {
        Readiness.await(process.name(), timeout, process.logFile(), process, () -> Readiness.httpOk(readinessUrl));
    }

    public String name() {
        return process.name();
    }

    public long pid() {
        return process.pid();
    }

    public String url() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() {
        process.close();
    }
}
