package io.gongjian.embedded;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a process and everything it started: SIGTERM, a grace period, then SIGKILL. */
public final class ProcessTree {

    private static final Duration AFTER_KILL = Duration.ofSeconds(5);

    private ProcessTree() {}

    /** Returns whether the process and all its descendants have ended. */
    public static boolean stop(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(0, root);
        tree.forEach(ProcessHandle::destroy);
        await(root, grace);
        for (ProcessHandle handle : tree) {
            await(handle, Duration.ofSeconds(2));
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        tree.forEach(handle -> await(handle, AFTER_KILL));
        return tree.stream().noneMatch(ProcessHandle::isAlive);
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
