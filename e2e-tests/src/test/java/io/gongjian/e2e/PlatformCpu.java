package io.gongjian.e2e;

import io.gongjian.localstack.LocalStack;
import io.gongjian.localstack.ServiceProcess;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time the platform's processes have used so far, as the kernel counts it: each service process (instances
 * started beside the first counted apart), and PostgreSQL (its server and the backends of the services'
 * connections). Kafka runs in the test's JVM beside the load generator, so it is not counted; neither is Keycloak,
 * which a write does not reach (tokens are checked locally).
 */
final class PlatformCpu {

    static final String POSTGRES = "PostgreSQL";

    private final Map<String, Duration> used;

    private PlatformCpu(Map<String, Duration> used) {
        this.used = used;
    }

    static PlatformCpu now(LocalStack stack) {
        Map<String, Duration> used = new LinkedHashMap<>();
        for (ServiceProcess service : stack.processes()) {
            ProcessHandle.of(service.pid()).ifPresent(process -> used.put(service.name(), cpu(process)));
        }
        String dataDirectory = stack.settings().home().resolve("postgres").toString();
        ProcessHandle.allProcesses()
                .filter(process -> arguments(process).anyMatch(argument -> argument.startsWith(dataDirectory)))
                .findFirst()
                .ifPresent(server -> Stream.concat(Stream.of(server), server.descendants())
                        .forEach(process -> used.merge(POSTGRES, cpu(process), Duration::plus)));
        return new PlatformCpu(used);
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

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
