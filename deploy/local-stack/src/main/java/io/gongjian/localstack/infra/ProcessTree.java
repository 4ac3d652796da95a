package io.gongjian.localstack.infra;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a process and everything it started: SIGTERM, a grace period, then SIGKILL. */
public final class ProcessTree {

    private ProcessTree() {}

    public static void stop(ProcessHandle root, Duration grace) {
        List<ProcessHandle> descendants = root.descendants().toList();
        root.destroy();
        descendants.forEach(ProcessHandle::destroy);
        await(root, grace);
        for (ProcessHandle handle : descendants) {
            await(handle, Duration.ofSeconds(2));
        }
        if (root.isAlive()) {
            root.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static void await(ProcessHandle handle, Duration timeout) {
        CompletableFuture<ProcessHandle> exit = handle.onExit();
        try {
            exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // Still alive: the caller escalates to SIGKILL.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
