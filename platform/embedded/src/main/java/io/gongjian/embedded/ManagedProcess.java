package io.gongjian.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A child process we started, with its log file and pid file. Stopping it stops its descendants too, so
 * a wrapper script (kc.sh) never leaves its JVM behind.
 */
public final class ManagedProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Path pidFile;
    private final Duration stopTimeout;

    private ManagedProcess(String name, Process process, Path logFile, Path pidFile, Duration stopTimeout) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.pidFile = pidFile;
        this.stopTimeout = stopTimeout;
    }

    /** Starts {@code command}, appending its output to {@code logFile}; records its pid in {@code pidFile}. */
    public static ManagedProcess start(
            String name,
            List<String> command,
            Map<String, String> environment,
            Path workingDirectory,
            Path logFile,
            Path pidFile,
            Duration stopTimeout)
            throws IOException {
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (pidFile != null) {
            PidFiles.write(pidFile, process.pid());
        }
        return new ManagedProcess(name, process, logFile, pidFile, stopTimeout);
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Fails fast with a pointer to the log when the process has already died. */
    public void requireAlive() {
        if (!process.isAlive()) {
            throw new ComponentFailure(
                    name, "exited with code " + process.exitValue() + " before it was ready", logFile);
        }
    }

    /**
     * Politely (SIGTERM) first, then forcibly once {@code stopTimeout} has passed. The pid file goes only with the
     * process: while anything of it still runs, the file is what lets {@code gongjian stop} find it.
     */
    @Override
    public void close() {
        boolean ended = ProcessTree.stop(process.toHandle(), stopTimeout);
        if (pidFile != null && ended) {
            PidFiles.delete(pidFile);
        }
    }
}
