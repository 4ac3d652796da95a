package io.gongjian.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.Scores;
import io.gongjian.evaluation.application.FiguresStore;
import io.gongjian.evaluation.domain.DayFigures;
import io.gongjian.evaluation.domain.Facts;
import io.gongjian.evaluation.domain.MemberCounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rankings as of a past date (issue 16's goal: 10,000 partnerships, p99 ≤ 150 ms): {@code PARTNERSHIPS} ACTIVE
 * partnerships of province 46 with their day figures as the service keeps them (one to four activity days each over
 * the last year, one in ten also a research output converted within the window and one in twenty an assessment), the
 * ranking as of one of the last 30 days read over HTTP with a real token, {@code SAMPLES} times per round after a warm-up, in
 * {@code ROUNDS} rounds. Run with {@code scripts/benchmark-ranking.sh}; report in
 * {@code evaluation-service/target/benchmark-ranking.md}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "gongjian.benchmark", matches = "true")
class RankingBenchmarkTest {

    private static final int PARTNERSHIPS = Integer.getInteger("gongjian.benchmark.partnerships", 10_000);
    private static final int ROUNDS = Integer.getInteger("gongjian.benchmark.rounds", 3);
    private static final int SAMPLES = Integer.getInteger("gongjian.benchmark.samples", 50);

    @Inject
    EntityManager em;

    @Inject
    FiguresStore figures;

    @Inject
    BusinessCalendar calendar;

    @Test
    void rankingAsOfAPastDate() throws Exception {
        LocalDate today = calendar.today();
        seed(today);
        String token = Scores.token("admin");
        for (int i = 0; i < SAMPLES; i++) { // warm-up, not measured
            rank(token, today.minusDays(1 + i % 30).toString(), i % 50);
        }
        StringBuilder report =
                new StringBuilder("# Ranking as of a past date (GET /api/v1/evaluation/rankings?asOf=)\n\n"
                        + PARTNERSHIPS + " ACTIVE partnerships in province 46, ranked as of one of the"
                        + " last 30 days over the default window, pages of 20 spread over the ranking; " + SAMPLES
                        + " requests per round; "
                        + Runtime.getRuntime().availableProcessors() + " cores shared by the client, the service and"
                        + " PostgreSQL.\n\n| round | p50 ms | p90 ms | p99 ms | max ms |\n|---|---|---|---|---|\n");
        double[] p99s = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            double[] millis = new double[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                long started = System.nanoTime();
                Response response = rank(token, today.minusDays(1 + i % 30).toString(), (i * 37) % 500);
                millis[i] = (System.nanoTime() - started) / 1e6;
                assertEquals(PARTNERSHIPS, response.jsonPath().getInt("totalItems"));
            }
            Arrays.sort(millis);
            p99s[round] = percentile(millis, 0.99);
            report.append(String.format(
                    Locale.ROOT,
                    "| %d | %.1f | %.1f | %.1f | %.1f |%n",
                    round + 1,
                    percentile(millis, 0.50),
                    percentile(millis, 0.90),
                    p99s[round],
                    millis[SAMPLES - 1]));
        }
        Arrays.sort(p99s);
        report.append(String.format(
                Locale.ROOT,
                "%np99 over the rounds, min / median / max: %.1f / %.1f / %.1f ms.%n",
                p99s[0],
                p99s[ROUNDS / 2],
                p99s[ROUNDS - 1]));
        Files.writeString(Path.of("target", "benchmark-ranking.md"), report);
    }

    private static Response rank(String token, String asOf, int page) {
        Response response = given().auth()
                .oauth2(token)
                .queryParam("region", "46")
                .queryParam("asOf", asOf)
                .queryParam("size", 20)
                .queryParam("page", page)
                .get("/api/v1/evaluation/rankings");
        assertEquals(200, response.statusCode(), response.body().asString());
        return response;
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** The partnerships and their day figures, written by the service's own store, in one transaction. */
    private void seed(LocalDate today) {
        Random random = new Random(20261203);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("INSERT INTO evaluated_partnership (id, version, code, title, status, region_code,"
                            + " university_organization_id, enterprise_organization_id, government_organization_ids,"
                            + " targets, term_start, term_end)"
                            + " SELECT gen_random_uuid(), 1, 'GJ-46-' || n, '基准共建 ' || n, 'ACTIVE',"
                            + " '46' || lpad((1 + n % 30)::text, 2, '0') || lpad((1 + n % 20)::text, 2, '0'),"
                            + " gen_random_uuid(), gen_random_uuid(), '', '{}', DATE '2025-01-01', DATE '2029-12-31'"
                            + " FROM generate_series(1, :count) AS n")
                    .setParameter("count", PARTNERSHIPS)
                    .executeUpdate();
            List<?> ids = em.createNativeQuery("SELECT id FROM evaluated_partnership WHERE region_code LIKE '46%'")
                    .getResultList();
            for (Object id : ids) {
                figures.replace((UUID) id, null, DayFigures.fold(facts(today, random)));
            }
        });
        // As autovacuum soon would: the planner's statistics of the tables just filled.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("ANALYZE evaluated_partnership, day_figures")
                .executeUpdate());
    }

    /** One to four activities over the last year; one partnership in ten a converted research output, one in twenty an assessment. */
    private static Facts facts(LocalDate today, Random random) {
        List<Facts.Activity> activities = new ArrayList<>();
        for (int a = 1 + random.nextInt(4); a > 0; a--) {
            activities.add(new Facts.Activity(UUID.randomUUID(), today.minusDays(1 + random.nextInt(364)), 3, 2));
        }
        List<Facts.Achievement> achievements = new ArrayList<>();
        List<Facts.Conversion> conversions = new ArrayList<>();
        if (random.nextInt(10) == 0) {
            UUID output = UUID.randomUUID();
            LocalDate registered = today.minusDays(30 + random.nextInt(300));
            achievements.add(new Facts.Achievement(output, "RESEARCH_OUTPUT", registered));
            conversions.add(new Facts.Conversion(
                    UUID.randomUUID(), output, registered.plusDays(random.nextInt(30)), BigDecimal.TEN));
        }
        List<Facts.Assessment> assessments = new ArrayList<>();
        if (random.nextInt(20) == 0) {
            assessments.add(new Facts.Assessment(
                    UUID.randomUUID(),
                    Facts.AssessmentKind.ORG_CONSTRUCTION,
                    BigDecimal.valueOf(60 + random.nextInt(40)),
                    today.minusDays(1 + random.nextInt(300)),
                    1));
        }
        MemberCounts members = new MemberCounts(List.of(new MemberCounts.Entry(LocalDate.of(2025, 1, 1), 20)));
        return new Facts(
                members,
                members,
                Map.of(),
                activities,
                List.of(),
                achievements,
                conversions,
                assessments,
                List.of(),
                List.of());
    }
}
