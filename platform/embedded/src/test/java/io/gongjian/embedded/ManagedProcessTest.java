package io.gongjian.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagedProcessTest {

    @TempDir
    Path directory;

    @Test
    void stoppingAProcessStopsWhatItStartedAndRemovesItsPidFile() throws Exception {
        Path pidFile = directory.resolve("run/wrapper.pid");
        ManagedProcess wrapper = ManagedProcess.start(
                "wrapper",
                List.of("bash", "-c", "sleep 300 & sleep 300 & wait"),
                Map.of(),
                directory,
                directory.resolve("logs/wrapper.log"),
                pidFile,
                Duration.ofSeconds(5));
        Readiness.await("children", Duration.ofSeconds(10), null, wrapper, () -> ProcessHandle.of(wrapper.pid())
                .map(handle -> handle.descendants().count() == 2)
                .orElse(false));
        List<ProcessHandle> children =
                ProcessHandle.of(wrapper.pid()).orElseThrow().descendants().toList();
        assertEquals(wrapper.pid(), PidFiles.read(pidFile).orElseThrow());

        wrapper.close();

        assertFalse(wrapper.isAlive());
        children.forEach(child -> assertFalse(child.isAlive(), "child " + child.pid() + " survived"));
        assertFalse(Files.exists(pidFile));
    }

    @Test
    void aProcessThatDiesBeforeItIsReadyIsReportedWithItsLog() throws Exception {
        Path log = directory.resolve("logs/broken.log");
        ManagedProcess broken = ManagedProcess.start(
                "broken",
                List.of("bash", "-c", "echo boom; exit 3"),
                Map.of(),
                directory,
                log,
                null,
                Duration.ofSeconds(1));
        ComponentFailure failure = assertThrows(
                ComponentFailure.class,
                () -> Readiness.await("broken", Duration.ofSeconds(10), log, broken, () -> false));
        assertEquals("broken", failure.component());
        assertTrue(failure.getMessage().contains("exited with code 3"), failure.getMessage());
        assertTrue(failure.getMessage().contains(log.toString()), failure.getMessage());
        assertTrue(Files.readString(log).contains("boom"));
    }
}
