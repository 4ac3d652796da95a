package io.gongjian.localstack;

import io.gongjian.embedded.PidFiles;
import io.gongjian.embedded.ProcessTree;
import io.gongjian.embedded.StackMarker;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What of a stack runs on this machine, and stopping it for good. A pid file says which pid a process had; only the
 * stack's marker in the command line of the process now running under that pid makes it ours. Processes of the
 * stack that no pid file names any more (a launcher killed with SIGKILL, a pid file deleted by hand) are found by
 * the same marker, so that "nothing is left running" is something checked, not assumed.
 */
public final class RunningStack {

    private static final Duration LAUNCHER_STOP_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration GRACE = Duration.ofSeconds(20);

    /** Infrastructure after the services, so that the services can still flush to it while they stop. */
    private static final List<String> STOP_ORDER = Stream.of(
                    Stream.of("launcher"),
                    LocalStack.SERVICES.stream().map(LocalStack.Service::name),
                    Stream.of("keycloak", "kafka"))
            .flatMap(names -> names)
            .toList();

    private final StackSettings settings;
    private final StackMarker marker;
    private final PrintStream out;

    public RunningStack(StackSettings settings, PrintStream out) {
        this.settings = settings;
        this.marker = settings.marker();
        this.out = out;
    }

    /** Whether the launcher named by the launcher's pid file runs. */
    public OptionalLong launcher() {
        OptionalLong pid = PidFiles.read(settings.pidFile("launcher"));
        return pid.isPresent() && marker.marks(pid.getAsLong()) ? pid : OptionalLong.empty();
    }

    /** Every live process of the stack but this JVM, tracked or not. */
    public List<ProcessHandle> processes() {
        return marker.processes();
    }

    /**
     * Stops the launcher (which stops what it started, in order), then whatever a pid file still names, then any
     * process of the stack nobody tracked; then looks again. Returns 0 when nothing of the stack is left running.
     */
    public int stop() {
        int ended = 0;
        for (Path pidFile : pidFilesInStopOrder()) {
            ended += stopTracked(pidFile);
        }
        OptionalLong postgres = postmaster();
        if (postgres.isPresent()) {
            out.println("Stopping PostgreSQL (pid " + postgres.getAsLong() + "), left behind by its launcher …");
            ended += ProcessHandle.of(postgres.getAsLong())
                            .map(handle -> ProcessTree.stop(handle, GRACE))
                            .orElse(true)
                    ? 1
                    : 0;
        }
        for (ProcessHandle stray : processes()) {
            out.println("Stopping pid " + stray.pid() + ", which no pid file named any more: " + describe(stray));
            if (ProcessTree.stop(stray, GRACE)) {
                ended++;
            }
        }
        List<ProcessHandle> survivors = processes();
        if (!survivors.isEmpty()) {
            out.println("Still running after SIGKILL:");
            survivors.forEach(handle -> out.println("  pid " + handle.pid() + ": " + describe(handle)));
            return 1;
        }
        out.println(
                ended == 0
                        ? "Stopped: nothing of " + settings.home() + " was running."
                        : "Stopped " + ended + " process" + (ended == 1 ? "" : "es")
                                + ": no process of this platform is left running.");
        return 0;
    }

    /** After the launcher closed its stack: makes sure, and says so only when it is true. */
    public void confirmStopped() {
        List<ProcessHandle> left = processes();
        left.forEach(handle -> ProcessTree.stop(handle, GRACE));
        List<ProcessHandle> survivors = processes();
        if (survivors.isEmpty()) {
            out.println("Stopped: no process of ours is left running.");
        } else {
            out.println("Could not stop: "
                    + survivors.stream().map(RunningStack::describe).toList());
        }
    }

    /** One line per running process, tracked ones first, with its resident memory. */
    public void printStatus() {
        List<ProcessHandle> running = processes();
        if (running.isEmpty()) {
            out.println("Not running.");
            return;
        }
        long total = 0;
        List<Long> tracked = new ArrayList<>();
        for (Path pidFile : pidFilesInStopOrder()) {
            OptionalLong pid = PidFiles.read(pidFile);
            if (pid.isPresent() && marker.marks(pid.getAsLong())) {
                String name = pidFile.getFileName().toString().replace(".pid", "");
                // The launcher's own memory only: its children are listed on their own lines.
                long rss = name.equals("launcher")
                        ? residentKib(pid.getAsLong())
                        : ProcessHandle.of(pid.getAsLong())
                                .map(RunningStack::treeResidentKib)
                                .orElse(0L);
                total += rss;
                tracked.add(pid.getAsLong());
                ProcessHandle.of(pid.getAsLong())
                        .ifPresent(handle -> handle.descendants().forEach(child -> tracked.add(child.pid())));
                out.printf(Locale.ROOT, "%-20s pid %-8d RSS %6.0f MiB%n", name, pid.getAsLong(), rss / 1024.0);
            }
        }
        for (ProcessHandle handle : running) {
            if (!tracked.contains(handle.pid())) {
                long rss = treeResidentKib(handle);
                total += rss;
                boolean postgres = postmaster().equals(OptionalLong.of(handle.pid()));
                out.printf(
                        Locale.ROOT,
                        "%-20s pid %-8d RSS %6.0f MiB%s%n",
                        postgres ? "postgres" : "untracked",
                        handle.pid(),
                        rss / 1024.0,
                        postgres ? " (all backends)" : "");
            }
        }
        out.printf(Locale.ROOT, "%-20s              %6.0f MiB%n", "total", total / 1024.0);
        out.println(platformReadiness());
    }

    /** What the gateway's platform check says: ready, or which component is not and why. */
    private String platformReadiness() {
        String url = settings.gatewayManagementUrl() + LocalStack.PLATFORM_READINESS;
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200
                    ? "Platform ready (" + url + ")"
                    : "Platform NOT ready (" + url + "): " + answer.body().replaceAll("\\s+", " ");
        } catch (IOException e) {
            return "Platform NOT ready: the gateway does not answer at " + url;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Platform readiness not asked (interrupted)";
        }
    }

    /**
     * A pid file whose process is ours: stopped, and the file deleted once it has ended. A pid file whose pid is
     * dead, or now used by a program that is not ours, tracks nothing: deleted, the program left alone.
     */
    private int stopTracked(Path pidFile) {
        OptionalLong pid = PidFiles.read(pidFile);
        if (pid.isEmpty()
                || ProcessHandle.of(pid.getAsLong())
                        .filter(ProcessHandle::isAlive)
                        .isEmpty()) {
            PidFiles.delete(pidFile);
            return 0;
        }
        ProcessHandle handle = ProcessHandle.of(pid.getAsLong()).orElseThrow();
        if (!marker.marks(handle.pid())) {
            out.println("Left pid " + handle.pid() + " alone: it is no longer " + pidFile.getFileName()
                    + "'s process but " + describe(handle));
            PidFiles.delete(pidFile);
            return 0;
        }
        boolean ended;
        if (pidFile.equals(settings.pidFile("launcher"))) {
            out.println("Stopping the launcher (pid " + handle.pid() + ") and what it started …");
            handle.destroy();
            ended = handle.onExit()
                            .completeOnTimeout(handle, LAUNCHER_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                            .thenApply(exited -> !exited.isAlive())
                            .join()
                    || ProcessTree.stop(handle, GRACE);
        } else {
            out.println("Stopping " + pidFile.getFileName().toString().replace(".pid", "") + " (pid " + handle.pid()
                    + "), left behind by its launcher …");
            ended = ProcessTree.stop(handle, GRACE);
        }
        if (ended) {
            PidFiles.delete(pidFile);
            return 1;
        }
        return 0;
    }

    /** PostgreSQL daemonises itself and keeps its own pid file, which names it as long as it runs. */
    private OptionalLong postmaster() {
        OptionalLong pid = PidFiles.read(settings.home().resolve("postgres/data/postmaster.pid"));
        return pid.isPresent() && marker.marks(pid.getAsLong()) ? pid : OptionalLong.empty();
    }

    private List<Path> pidFilesInStopOrder() {
        if (!Files.isDirectory(settings.pids())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(settings.pids())) {
            return files.filter(file -> file.getFileName().toString().endsWith(".pid"))
                    .sorted(Comparator.comparingInt(RunningStack::stopRank).thenComparing(Path::getFileName))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int stopRank(Path pidFile) {
        int rank = STOP_ORDER.indexOf(pidFile.getFileName().toString().replace(".pid", ""));
        return rank < 0 ? STOP_ORDER.size() : rank;
    }

    private static String describe(ProcessHandle handle) {
        String line = StackMarker.commandLine(handle.pid()).orElse("?");
        return line.length() <= 160 ? line : line.substring(0, 157) + "…";
    }

    private static long treeResidentKib(ProcessHandle root) {
        return residentKib(root.pid())
                + root.descendants()
                        .mapToLong(handle -> residentKib(handle.pid()))
                        .sum();
    }

    /** Resident set size from /proc, in KiB (0 when the process is gone). */
    static long residentKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }
}
