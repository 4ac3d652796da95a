package io.gongjian.evaluation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.Published;
import io.gongjian.evaluation.Scores;
import io.gongjian.evaluation.application.EarlyWarningService;
import io.gongjian.testing.Repeats;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The early-warning scan (issue 16: a province's daily scan): {@code PARTNERSHIPS} ACTIVE partnerships of region 4701
 * with {@code RECORDS} records each over the last 300 days, published straight to the topics; half of them only talent
 * exchanges, so that their coverage stays low and the check follows COVERAGE_LOW back a whole window, half
 * activities. Then every partnership is checked as of one day after another, {@code ROUNDS} times (each date makes them
 * all due again): milliseconds and CPU-milliseconds of the scanning thread per partnership checked, min/median/max.
 * Run with {@code scripts/benchmark-warnings.sh}; report in {@code evaluation-service/target/benchmark-warnings.md}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "gongjian.benchmark", matches = "true")
class EarlyWarningBenchmarkTest {

    private static final int PARTNERSHIPS = Integer.getInteger("gongjian.benchmark.partnerships", 200);
    private static final int RECORDS = Integer.getInteger("gongjian.benchmark.records", 20);
    private static final int ROUNDS = Integer.getInteger("gongjian.benchmark.rounds", 3);

    @Inject
    EarlyWarningService warnings;

    @Inject
    BusinessCalendar calendar;

    @Test
    void scanningEveryPartnership() throws Exception {
        LocalDate today = calendar.today();
        List<UUID> partnerships = new ArrayList<>();
        for (int p = 0; p < PARTNERSHIPS; p++) {
            UUID partnership = Published.partnership("470101");
            partnerships.add(partnership);
            for (int r = 0; r < RECORDS; r++) {
                LocalDate on = today.minusDays(1 + (r * 300L) / RECORDS);
                if (p % 2 == 0) {
                    Published.exchange(UUID.randomUUID(), partnership, 1, on, 2);
                } else {
                    Published.activity(UUID.randomUUID(), partnership, 1, false, on, 3, 2);
                }
            }
        }
        for (int p = 0; p < PARTNERSHIPS; p++) {
            String indicator = p % 2 == 0 ? "RES_TALENT_EXCHANGES" : "ORG_ACTIVITY_FREQUENCY";
            Scores.await(
                    partnerships.get(p),
                    score -> ((Number) Scores.indicator(score, indicator).get("recordCount")).intValue() == RECORDS);
        }
        warnings.scan(today); // warm-up: the first check of each opens its warnings

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> millis = new ArrayList<>();
        List<Double> cpuMillis = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            int checked = warnings.scan(today.plusDays(1 + round));
            millis.add((System.nanoTime() - started) / 1e6 / checked);
            cpuMillis.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6 / checked);
            assertEquals(PARTNERSHIPS, checked);
        }
        String report = String.format(
                        Locale.ROOT,
                        "# Early-warning scan%n%n%d ACTIVE partnerships with %d records each over the last 300 days"
                                + " (half only talent exchanges: coverage low, followed back a whole window; half"
                                + " activities), each checked as of %d successive days; %d cores shared with"
                                + " PostgreSQL.%n%n",
                        PARTNERSHIPS,
                        RECORDS,
                        ROUNDS,
                        Runtime.getRuntime().availableProcessors())
                + String.join(
                        "\n",
                        Repeats.header(),
                        Repeats.row("ms per partnership checked", millis, "%.2f"),
                        Repeats.row("CPU-ms of the scanning thread per partnership checked", cpuMillis, "%.2f"))
                + "\n";
        Files.writeString(Path.of("target", "benchmark-warnings.md"), report);
    }
}
