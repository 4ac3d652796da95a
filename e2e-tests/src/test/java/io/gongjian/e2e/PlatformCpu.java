package io.gongjian.e2e;

import io.gongjian.localstack.LocalStack;
import io.gongjian.localstack.ServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time the platform's processes have used so far, as the kernel counts it: each service process (instances
 * started beside the first counted apart), and PostgreSQL (its server and the backends of the services'
 * connections). Kafka runs in the test's JVM beside the load generator, so it is not counted; neither is Keycloak,
 * which a write does not reach (tokens are checked locally). Apart, the part of the services' time their JIT compiler
 * threads took: a start-up cost that a service running for days has long paid, and that decides when a benchmark's
 * figures have settled.
 */
final class PlatformCpu {

    static final String POSTGRES = "PostgreSQL";
    /** The JIT compilers' share of the services' CPU under which a benchmark counts them warmed up. */
    static final double SETTLED_COMPILING_SHARE = 0.05;
    /** Linux counts a thread's CPU in clock ticks of 1/100 s (USER_HZ) in {@code /proc}. */
    private static final long NANOS_PER_TICK = 10_000_000;

    private final Map<String, Duration> used;
    private final Duration compiling;

    private PlatformCpu(Map<String, Duration> used, Duration compiling) {
        this.used = used;
        this.compiling = compiling;
    }

    static PlatformCpu now(LocalStack stack) {
        Map<String, Duration> used = new LinkedHashMap<>();
        Duration compiling = Duration.ZERO;
        for (ServiceProcess service : stack.processes()) {
            ProcessHandle.of(service.pid()).ifPresent(process -> used.put(service.name(), cpu(process)));
            compiling = compiling.plus(compilerThreadsCpu(service.pid()));
        }
        String dataDirectory = stack.settings().home().resolve("postgres").toString();
        ProcessHandle.allProcesses()
                .filter(process -> arguments(process).anyMatch(argument -> argument.startsWith(dataDirectory)))
                .findFirst()
                .ifPresent(server -> Stream.concat(Stream.of(server), server.descendants())
                        .forEach(process -> used.merge(POSTGRES, cpu(process), Duration::plus)));
        return new PlatformCpu(used, compiling);
    }

    /**
     * The share of the services' CPU since {@code earlier} that their JIT compilers took (0 to 1). A compiler thread
     * that ended in between takes its time with it, so this errs low only while the JVMs retire compiler threads.
     */
    double compilingShareSince(PlatformCpu earlier) {
        double services = 0;
        for (var process : used.entrySet()) {
            if (!process.getKey().equals(POSTGRES)) {
                services += process.getValue()
                        .minus(earlier.used.getOrDefault(process.getKey(), Duration.ZERO))
                        .toNanos();
            }
        }
        double compiled = Math.max(0, compiling.minus(earlier.compiling).toNanos());
        return services > 0 ? compiled / services : 0;
    }

    /** CPU milliseconds each process used since {@code earlier}, and their total under "platform". */
    Map<String, Double> millisSince(PlatformCpu earlier) {
        Map<String, Double> millis = new LinkedHashMap<>();
        double total = 0;
        for (var process : used.entrySet()) {
            double spent = process.getValue()
                            .minus(earlier.used.getOrDefault(process.getKey(), Duration.ZERO))
                            .toNanos()
                    / 1e6;
            millis.put(process.getKey(), spent);
            total += spent;
        }
        millis.put("platform", total);
        return millis;
    }

    private static Stream<String> arguments(ProcessHandle process) {
        return process.info().arguments().map(List::of).orElse(List.of()).stream();
    }

    /** User and system time of the process's threads named "C1/C2 CompilerThread…", from {@code /proc}. */
    private static Duration compilerThreadsCpu(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        long ticks = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                ticks += compilerTicks(thread.resolve("stat"));
            }
        } catch (IOException gone) {
            // the process ended: it compiles nothing more
        }
        return Duration.ofNanos(ticks * NANOS_PER_TICK);
    }

    private static long compilerTicks(Path stat) {
        try {
            String line = Files.readString(stat);
            // "tid (comm) state ppid … utime stime …": the name may hold spaces, the fields after it do not
            int nameEnd = line.lastIndexOf(')');
            String name = line.substring(line.indexOf('(') + 1, nameEnd);
            if (!name.contains("CompilerThre")) {
                return 0;
            }
            String[] fields = line.substring(nameEnd + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException ended) {
            return 0;
        }
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
