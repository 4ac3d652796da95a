package io.gongjian.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.testing.Tokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What tracing costs on the ingest path (issue 17), in one run on one platform: activities logged one by one through
 * the gateway with every span recorded and exported (the platform's default here), then with the gateway and the
 * activity and evaluation services restarted with no span recorded ({@code OTEL_TRACES_SAMPLER_ARG=0}, the local
 * default), then traced again, so that a drift of the machine shows. Per phase: the log's answer time (201) and the
 * freshness (201 → the score counts it), min / median / max. Run with {@code scripts/benchmark-tracing.sh}; the
 * report goes to {@code e2e-tests/target/benchmark-tracing.md}.
 */
@EnabledIfSystemProperty(named = "gongjian.benchmark", matches = "true")
class TracingOverheadIT {

    private static final int ACTIVITIES = Integer.getInteger("gongjian.benchmark.activities", 100);
    private static final int WARM_UP = 20;
    private static final List<String> TRACED_PATH = List.of("gateway", "activity-service", "evaluation-service");

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private final List<String> report = new ArrayList<>();

    @Test
    void ingestWithTracingOnAndOff() throws Exception {
        String token = Tokens.forUser(Platform.keycloakUrl(), "admin");
        ActivityLog log = new ActivityLog(token);
        String partnership =
                Journeys.activePartnership(Journeys.withToken(token)).id().toString();
        String score =
                Platform.serviceUrl("evaluation-service") + "/api/v1/evaluation/partnerships/" + partnership + "/score";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (log.log(partnership, today) != 201) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the activity service never learnt of the partnership");
            }
            Thread.sleep(100);
        }
        int[] logged = {1};
        log.awaitScore(score, node -> ActivityLog.activities(node) == logged[0], Duration.ofSeconds(60));

        phase("traced (spans recorded and exported)", log, partnership, score, logged);
        restart(Map.of("OTEL_TRACES_SAMPLER_ARG", "0"));
        phase("not traced (share 0)", log, partnership, score, logged);
        restart(Map.of());
        phase("traced again", log, partnership, score, logged);
        write();
    }

    private void phase(String name, ActivityLog log, String partnership, String score, int[] logged) throws Exception {
        Latencies answer = new Latencies(name + ": POST /api/v1/activities → 201");
        Latencies freshness = new Latencies(name + ": 201 → score counts it");
        for (int i = 0; i < WARM_UP + ACTIVITIES; i++) {
            long start = System.nanoTime();
            assertEquals(201, log.log(partnership, today));
            long answered = System.nanoTime();
            int expected = ++logged[0];
            log.awaitScore(score, node -> ActivityLog.activities(node) == expected, Duration.ofSeconds(30));
            if (i >= WARM_UP) {
                answer.add(answered - start);
                freshness.add(System.nanoTime() - answered);
            }
        }
        report.add(answer.minMedianMaxRow());
        report.add(freshness.minMedianMaxRow());
    }

    private static void restart(Map<String, String> environment) {
        for (String service : TRACED_PATH) {
            Platform.get().restart(service, environment);
        }
    }

    private void write() throws IOException {
        String text = "# Tracing overhead on ingest, " + today + "\n\n"
                + "Machine: " + Runtime.getRuntime().availableProcessors() + " cores (shared); JVM options of the"
                + " services: " + System.getenv().getOrDefault("GONGJIAN_JAVA_OPTS", "(launcher defaults)") + "; "
                + ACTIVITIES + " activities a phase after " + WARM_UP + " not measured, one at a time.\n\n"
                + Latencies.minMedianMaxHeader() + "\n" + String.join("\n", report) + "\n";
        Files.writeString(Path.of("target", "benchmark-tracing.md"), text);
        System.out.println(text);
    }
}
