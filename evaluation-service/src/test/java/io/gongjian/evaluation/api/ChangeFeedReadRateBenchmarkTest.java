package io.gongjian.evaluation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How fast a bureau's system can read the change feed: {@code ENTRIES} changes, half in Guangxi (45…) and half in
 * Shenzhen (44…), read from the start to the end in pages of 500, by an administrator (everything) and by the
 * Guangxi bureau (its half), over HTTP with real tokens and the real PostgreSQL, in rounds. Run with
 * {@code scripts/benchmark-change-feed.sh}; report in {@code evaluation-service/target/benchmark-change-feed.md}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "gongjian.benchmark", matches = "true")
class ChangeFeedReadRateBenchmarkTest {

    private static final int ENTRIES = Integer.getInteger("gongjian.benchmark.entries", 100_000);
    private static final int ROUNDS = Integer.getInteger("gongjian.benchmark.rounds", 3);
    private static final int PAGE = 500;

    @Inject
    EntityManager entityManager;

    @Test
    void readRate() throws Exception {
        String start = ChangeFeedTest.end("admin");
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("INSERT INTO score_change (partnership_id, region_code, cause, cause_reference,"
                        + " changed, status, as_of, composite, grade, dimensions)"
                        + " SELECT gen_random_uuid(), CASE WHEN n % 2 = 0 THEN '450200' ELSE '440300' END, 'RECORD',"
                        + " 'activities/' || gen_random_uuid(), 'composite', 'ACTIVE', CURRENT_DATE, 71.25, 'GOOD',"
                        + " '{\"INNOVATION\":60.00,\"ORGANIZATION\":75.50,\"PARTICIPATION\":80.00,"
                        + "\"RESOURCE\":70.00,\"SATISFACTION\":null}'"
                        + " FROM generate_series(1, :entries) AS n")
                .setParameter("entries", ENTRIES)
                .executeUpdate());
        read("admin", start); // numbers the new entries and warms both paths up
        read("gx-bureau", start);
        double[][] rates = new double[2][ROUNDS];
        StringBuilder report = new StringBuilder("# Change-feed read rate (GET /api/v1/evaluation/changes)\n\n"
                + ENTRIES + " entries after the start cursor, half in the Guangxi bureau's region; read to the end"
                + " in pages of " + PAGE + " per round; " + Runtime.getRuntime().availableProcessors()
                + " cores shared by the client, the service and PostgreSQL.\n\n"
                + "| round | admin entries | admin entries/s | admin ms/page | bureau entries | bureau entries/s"
                + " | bureau ms/page |\n|---|---|---|---|---|---|---|\n");
        for (int round = 0; round < ROUNDS; round++) {
            Reading admin = read("admin", start);
            Reading bureau = read("gx-bureau", start);
            assertEquals(ENTRIES, admin.entries, "the administrator reads every entry once");
            assertEquals(ENTRIES / 2, bureau.entries, "the bureau reads its region's half");
            rates[0][round] = admin.perSecond();
            rates[1][round] = bureau.perSecond();
            report.append(String.format(
                    Locale.ROOT,
                    "| %d | %d | %.0f | %.1f | %d | %.0f | %.1f |%n",
                    round + 1,
                    admin.entries,
                    admin.perSecond(),
                    admin.msPerPage(),
                    bureau.entries,
                    bureau.perSecond(),
                    bureau.msPerPage()));
        }
        report.append("\nEntries/s over the rounds, min / median / max: administrator ")
                .append(spread(rates[0]))
                .append("; bureau ")
                .append(spread(rates[1]))
                .append(".\n");
        Files.writeString(Path.of("target", "benchmark-change-feed.md"), report);
    }

    private record Reading(int entries, int pages, long nanos) {
        double perSecond() {
            return entries / (nanos / 1e9);
        }

        double msPerPage() {
            return nanos / 1e6 / pages;
        }
    }

    private static Reading read(String user, String start) {
        String cursor = start;
        int entries = 0;
        int pages = 0;
        long started = System.nanoTime();
        while (true) {
            JsonPath page = ChangeFeedTest.page(user, cursor, PAGE);
            pages++;
            int read = page.getList("items").size();
            entries += read;
            cursor = page.getString("next");
            if (read == 0) {
                return new Reading(entries, pages, System.nanoTime() - started);
            }
        }
    }

    private static String spread(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format(
                Locale.ROOT, "%.0f / %.0f / %.0f", sorted[0], sorted[sorted.length / 2], sorted[sorted.length - 1]);
    }
}
