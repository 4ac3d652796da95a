package io.gongjian.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What makes a process recognisable as one of a stack's: {@code gongjian.stack=<home>} in its command line — a
 * system property of the JVMs, a custom setting of PostgreSQL. A pid file only says which pid a process had; the
 * marker says whether the process running under that pid now is still ours, and finds the ones nobody tracked.
 *
 * @param home the stack's data directory, which tells one checkout's (or test JVM's) stack from another's
 */
public record StackMarker(Path home) {

    /** The name of the JVM system property, and of the PostgreSQL setting. */
    static final String KEY = "gongjian.stack";

    public StackMarker {
        home = home.toAbsolutePath().normalize();
    }

    /** As a JVM option; Keycloak's kc.sh passes it on to Keycloak's JVM too. */
    public String jvmOption() {
        return "-D" + KEY + "=" + home;
    }

    /** Whether {@code commandLine} carries this marker (and not one of a home whose path merely starts alike). */
    public boolean isIn(String commandLine) {
        return Pattern.compile(Pattern.quote(KEY + "=" + home) + "(\\s|$)")
                .matcher(commandLine)
                .find();
    }

    /** Whether the live process {@code pid} is ours; this JVM never counts (the stop command carries no marker). */
    public boolean marks(long pid) {
        return pid != ProcessHandle.current().pid()
                && ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent()
                && commandLine(pid).map(this::isIn).orElse(false);
    }

    /** Every live process of the stack but this JVM. */
    public List<ProcessHandle> processes() {
        return ProcessHandle.allProcesses()
                .filter(handle -> marks(handle.pid()))
                .sorted(Comparator.comparingLong(ProcessHandle::pid))
                .toList();
    }

    /**
     * The full command line. Linux's {@code /proc/<pid>/cmdline} holds all of it; the JDK's view may be cut short
     * or missing for a process that is not a child of this JVM.
     */
    public static Optional<String> commandLine(long pid) {
        Path procFile = Path.of("/proc", Long.toString(pid), "cmdline");
        try {
            if (Files.isReadable(procFile)) {
                String line = new String(Files.readAllBytes(procFile), StandardCharsets.UTF_8)
                        .replace('\0', ' ')
                        .strip();
                return line.isEmpty() ? Optional.empty() : Optional.of(line);
            }
        } catch (IOException e) {
            // gone meanwhile, or not ours to read: fall back to what the JDK can tell
        }
        return ProcessHandle.of(pid).flatMap(handle -> handle.info().commandLine());
    }
}
