package io.gongjian.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.embedded.KeycloakServer;
import io.gongjian.embedded.PidFiles;
import io.gongjian.embedded.StackMarker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `./gongjian stop` with real processes: what it stops, what it leaves alone, and what it says. */
class RunningStackTest {

    @TempDir
    Path directory;

    private StackSettings settings;
    private final List<Process> started = new ArrayList<>();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeEach
    void aStackHome() {
        Path home = directory.resolve("home");
        settings = new StackSettings(directory, home, Ports.free(), KeycloakServer.Storage.MEMORY, home);
    }

    @AfterEach
    void nothingOutlivesTheTest() {
        started.forEach(process -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        });
    }

    @Test
    void stopEndsWhatThePidFilesNameAndWhatItLostTrackOfAndSaysSoOnlyWhenTrue() throws Exception {
        Process tracked = sleeper(settings.marker());
        PidFiles.write(settings.pidFile("kafka"), tracked.pid());
        // A launcher killed with SIGKILL leaves a process whose pid file is gone.
        Process untracked = sleeper(settings.marker());

        int exit = stack().stop();

        assertEquals(0, exit, output());
        assertFalse(tracked.isAlive(), "the tracked process survived");
        assertFalse(untracked.isAlive(), "the process nobody tracked survived");
        assertFalse(Files.exists(settings.pidFile("kafka")));
        assertTrue(output().contains("no process of this platform is left running"), output());
        assertTrue(stack().processes().isEmpty());
    }

    @Test
    void aPidFileNamingSomeoneElsesProcessIsDroppedAndTheProcessLeftAlone() throws Exception {
        Process foreign = sleeper(null);
        PidFiles.write(settings.pidFile("keycloak"), foreign.pid());
        // Another checkout's platform, whose home merely starts with ours.
        Process neighbour = sleeper(new StackMarker(Path.of(settings.home() + "-other")));
        PidFiles.write(settings.pidFile("gone"), Long.MAX_VALUE - 1);

        int exit = stack().stop();

        assertEquals(0, exit, output());
        assertTrue(foreign.isAlive(), "a process that is not ours was stopped");
        assertTrue(neighbour.isAlive(), "another platform's process was stopped");
        assertFalse(Files.exists(settings.pidFile("keycloak")), "a stale pid file was kept");
        assertFalse(Files.exists(settings.pidFile("gone")), "a dead pid's file was kept");
        assertTrue(output().contains("Left pid " + foreign.pid() + " alone"), output());
    }

    @Test
    void statusListsTrackedAndUntrackedProcesses() throws Exception {
        Process tracked = sleeper(settings.marker());
        PidFiles.write(settings.pidFile("partnership-service"), tracked.pid());
        Process untracked = sleeper(settings.marker());

        stack().printStatus();

        assertTrue(output().contains("partnership-service  pid " + tracked.pid()), output());
        assertTrue(output().contains("untracked            pid " + untracked.pid()), output());
    }

    private RunningStack stack() {
        return new RunningStack(settings, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    /** A shell that waits on a child, like kc.sh; marked as the stack's when {@code marker} is given. */
    private Process sleeper(StackMarker marker) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", "sleep 300; true", "sleeper"));
        if (marker != null) {
            command.add(marker.jvmOption());
        }
        Process process = new ProcessBuilder(command).start();
        started.add(process);
        return process;
    }
}
