package io.gongjian.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A single-node KRaft Kafka broker (broker and controller in one process), run from this module's
 * classpath. Its log directory survives restarts; storage is formatted only the first time.
 */
public final class KafkaBrokerProcess implements KafkaBroker {

    private final ManagedProcess process;
    private final int port;

    private KafkaBrokerProcess(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Launches the broker and returns at once; {@link #awaitReady} waits until it answers metadata requests. */
    public static KafkaBrokerProcess launch(
            StackMarker marker,
            int port,
            int controllerPort,
            Path directory,
            String classpath,
            Path logFile,
            Path pidFile) {
        try {
            Path logDirs = directory.resolve("kraft-logs");
            Path config = writeConfig(directory, logDirs, port, controllerPort);
            if (!Files.exists(logDirs.resolve("meta.properties"))) {
                format(classpath, config, directory, logFile);
            }
            // The marker comes first: the command line is long and may be cut where `gongjian stop` reads it.
            List<String> command = java(classpath, marker.jvmOption(), "-Xms64m", "-Xmx320m");
            command.add("kafka.Kafka");
            command.add(config.toString());
            ManagedProcess process = ManagedProcess.start(
                    "Kafka", command, Map.of(), directory, logFile, pidFile, Duration.ofSeconds(20));
            return new KafkaBrokerProcess(process, port);
        } catch (IOException e) {
            throw new ComponentFailure("Kafka", "did not start: " + e.getMessage(), logFile);
        }
    }

    public void awaitReady(Duration timeout) {
        Readiness.await("Kafka", timeout, process.logFile(), process, this::answersMetadata);
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    private boolean answersMetadata() {
        if (!Readiness.portOpen(port)) {
            return false;
        }
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
            admin.describeCluster().nodes().get();
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static Path writeConfig(Path directory, Path logDirs, int port, int controllerPort) throws IOException {
        Files.createDirectories(logDirs);
        Properties properties = new Properties();
        properties.setProperty("process.roles", "broker,controller");
        properties.setProperty("node.id", "1");
        properties.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        properties.setProperty(
                "listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        properties.setProperty("controller.listener.names", "CONTROLLER");
        properties.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
        properties.setProperty("log.dirs", logDirs.toString());
        properties.setProperty("num.partitions", "3");
        properties.setProperty("offsets.topic.replication.factor", "1");
        properties.setProperty("transaction.state.log.replication.factor", "1");
        properties.setProperty("transaction.state.log.min.isr", "1");
        properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
        properties.setProperty("share.coordinator.state.topic.min.isr", "1");
        properties.setProperty("group.initial.rebalance.delay.ms", "0");
        properties.setProperty("auto.create.topics.enable", "true");
        // Scores are rebuilt by replaying the topics from the start: keep events for good.
        properties.setProperty("log.retention.ms", "-1");
        Path config = directory.resolve("server.properties");
        try (var out = Files.newBufferedWriter(config)) {
            properties.store(out, "Gongjian local Kafka broker (KRaft, single node)");
        }
        return config;
    }

    private static void format(String classpath, Path config, Path directory, Path logFile) throws IOException {
        List<String> command = java(classpath, "-Xmx256m");
        command.addAll(List.of(
                "kafka.tools.StorageTool",
                "format",
                "--config",
                config.toString(),
                "--cluster-id",
                clusterId(),
                "--ignore-formatted"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        try {
            int exit = builder.start().waitFor();
            if (exit != 0) {
                throw new ComponentFailure("Kafka", "storage format failed with exit code " + exit, logFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while formatting Kafka storage"));
        }
    }

    /** Kafka wants a base64url-encoded 16-byte id. */
    private static String clusterId() {
        UUID uuid = UUID.randomUUID();
        var buffer = java.nio.ByteBuffer.allocate(16);
        buffer.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    private static List<String> java(String classpath, String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.add("-XX:+UseSerialGC");
        command.add("-Dlog4j2.configurationFile=gongjian-kafka-log4j2.xml");
        command.add("-cp");
        command.add(classpath);
        return command;
    }

    @Override
    public void close() {
        process.close();
    }
}
