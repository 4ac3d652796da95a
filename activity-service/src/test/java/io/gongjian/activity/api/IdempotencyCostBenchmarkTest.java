package io.gongjian.activity.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.activity.application.PartnershipViews;
import io.gongjian.commons.time.BusinessCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What an Idempotency-Key costs a POST: the same activity logged with and without a fresh key, alternated request
 * by request so that both see the same load, on the real PostgreSQL, in rounds. Run with
 * {@code scripts/benchmark-idempotency.sh}; report in {@code activity-service/target/benchmark-idempotency.md}.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
@EnabledIfSystemProperty(named = "gongjian.benchmark", matches = "true")
class IdempotencyCostBenchmarkTest {

    private static final int REQUESTS = Integer.getInteger("gongjian.benchmark.requests", 1_000);
    private static final int ROUNDS = Integer.getInteger("gongjian.benchmark.rounds", 3);

    @Inject
    PartnershipViews views;

    @Inject
    BusinessCalendar calendar;

    @Test
    void costOfAKeyPerPost() throws Exception {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        Map<String, Object> activity = ActivityBodies.activity(partnership, calendar);
        for (int i = 0; i < REQUESTS / 2; i++) { // warm-up: the JIT compiles both paths
            post(activity, null);
            post(activity, UUID.randomUUID().toString());
        }
        StringBuilder report = new StringBuilder("# Idempotency-Key cost per POST /api/v1/activities\n\n"
                + REQUESTS + " POSTs with and " + REQUESTS + " without a fresh key per round, alternated; "
                + Runtime.getRuntime().availableProcessors() + " cores shared with the test client and PostgreSQL.\n\n"
                + "| round | p50 without ms | p50 with ms | p99 without ms | p99 with ms | added p50 ms | added p99 ms |\n"
                + "|---|---|---|---|---|---|---|\n");
        double[] addedP50 = new double[ROUNDS];
        double[] addedP99 = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long[] without = new long[REQUESTS];
            long[] with = new long[REQUESTS];
            for (int i = 0; i < REQUESTS; i++) {
                without[i] = post(activity, null);
                with[i] = post(activity, UUID.randomUUID().toString());
            }
            double[] plain = {percentile(without, 50), percentile(without, 99)};
            double[] keyed = {percentile(with, 50), percentile(with, 99)};
            addedP50[round] = keyed[0] - plain[0];
            addedP99[round] = keyed[1] - plain[1];
            report.append(String.format(
                    Locale.ROOT,
                    "| %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
                    round + 1,
                    plain[0],
                    keyed[0],
                    plain[1],
                    keyed[1],
                    addedP50[round],
                    addedP99[round]));
        }
        report.append(String.format(
                Locale.ROOT,
                "%nAdded p50 over the rounds: min %.2f, median %.2f, max %.2f ms; added p99: min %.2f, median %.2f,"
                        + " max %.2f ms.%n",
                min(addedP50),
                median(addedP50),
                max(addedP50),
                min(addedP99),
                median(addedP99),
                max(addedP99)));
        Files.writeString(Path.of("target", "benchmark-idempotency.md"), report);
        System.out.println(report);
    }

    private static long post(Map<String, Object> body, String key) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        long started = System.nanoTime();
        int status = request.post("/api/v1/activities").statusCode();
        long elapsed = System.nanoTime() - started;
        assertEquals(201, status);
        return elapsed;
    }

    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }

    private static double median(double[] values) {
        List<Double> sorted = new ArrayList<>(Arrays.stream(values).boxed().toList());
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
