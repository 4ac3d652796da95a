package io.gongjian.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.testing.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The evaluation service's figures for issue 5, on the packaged services and real infrastructure:
 *
 * <ol>
 *   <li>freshness: activities logged one by one through the gateway (activity service → outbox → Kafka →
 *       evaluation service); the time from the 201 of the log to the first score read that counts it;
 *   <li>score reads of one partnership with 10,000 records;
 *   <li>rankings over 10,000 ACTIVE partnerships of one province.
 * </ol>
 *
 * The bulk data of 2 and 3 is published as the activity and partnership contexts' events (the evaluation service's
 * only input), not logged through their APIs, which would take most of an hour. Run with
 * {@code scripts/benchmark-evaluation.sh}; the report goes to {@code e2e-tests/target/benchmark-evaluation.md}.
 */
@EnabledIfSystemProperty(named = "gongjian.benchmark", matches = "true")
class EvaluationBenchmarkIT {

    private static final int FRESHNESS_ACTIVITIES = Integer.getInteger("gongjian.benchmark.activities", 250);
    private static final int RECORDS = Integer.getInteger("gongjian.benchmark.records", 10_000);
    private static final int FRESHNESS_AT_SIZE = 100;
    private static final int PARTNERSHIPS = 10_000;
    private static final int READS = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private final Random random = new Random(20261121);
    private final List<String> report = new ArrayList<>();
    private String token;
    private ActivityLog activityLog;

    @Test
    void freshnessAndReadLatencies() throws Exception {
        token = Tokens.forUser(Platform.keycloakUrl(), "admin");
        activityLog = new ActivityLog(token);
        String partnership =
                Journeys.activePartnership(Journeys.withToken(token)).id().toString();
        String evaluation = Platform.serviceUrl("evaluation-service");
        String score = evaluation + "/api/v1/evaluation/partnerships/" + partnership + "/score";

        // Not measured: the activity service must first learn of the activation.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (activityLog.log(partnership, today) != 201) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the activity service never learnt of the partnership");
            }
            Thread.sleep(100);
        }
        activityLog.awaitScore(score, node -> ActivityLog.activities(node) == 1, Duration.ofSeconds(60));

        Latencies freshness = new Latencies(
                "freshness: log acknowledged → score counts it (" + FRESHNESS_ACTIVITIES + " activities)");
        for (int logged = 2; logged <= FRESHNESS_ACTIVITIES + 1; logged++) {
            assertEquals(201, activityLog.log(partnership, today));
            long acknowledged = System.nanoTime();
            int expected = logged;
            activityLog.awaitScore(score, node -> ActivityLog.activities(node) == expected, Duration.ofSeconds(10));
            freshness.add(System.nanoTime() - acknowledged);
        }
        report.add(freshness.row());

        token = Tokens.forUser(Platform.keycloakUrl(), "admin");
        long ingestStarted = System.nanoTime(); // the service applies them while they are published
        int activitiesAfterBulk;
        try (BenchmarkEvents events = new BenchmarkEvents(random, today)) {
            activitiesAfterBulk = events.records(UUID.fromString(partnership), RECORDS - FRESHNESS_ACTIVITIES - 1)
                    + FRESHNESS_ACTIVITIES
                    + 1;
        }
        activityLog.awaitScore(
                score, node -> ActivityLog.activities(node) == activitiesAfterBulk, Duration.ofMinutes(10));
        double ingestSeconds = (System.nanoTime() - ingestStarted) / 1e9;
        report.add(String.format(
                "| (publishing and applying %d events straight to the topic, one partnership, took %.1f s: %.0f events/s) | | | | | |",
                RECORDS - FRESHNESS_ACTIVITIES - 1,
                ingestSeconds,
                (RECORDS - FRESHNESS_ACTIVITIES - 1) / ingestSeconds));
        token = Tokens.forUser(Platform.keycloakUrl(), "admin"); // the ingest may have outlived the first one
        activityLog = new ActivityLog(token);
        String records = String.format("%,d records", RECORDS);
        Latencies freshnessAtSize = new Latencies("freshness with " + records + ": log acknowledged → score counts it ("
                + FRESHNESS_AT_SIZE + " activities)");
        for (int logged = 1; logged <= FRESHNESS_AT_SIZE; logged++) {
            assertEquals(201, activityLog.log(partnership, today));
            long acknowledged = System.nanoTime();
            int expected = activitiesAfterBulk + logged;
            activityLog.awaitScore(score, node -> ActivityLog.activities(node) == expected, Duration.ofSeconds(10));
            freshnessAtSize.add(System.nanoTime() - acknowledged);
        }
        report.add(freshnessAtSize.row());
        report.add(String.format("| (score document with %s: %,d bytes) | | | | | |", records, documentSize(score)));
        report.add(measure("score, " + records + ", default window (evaluation service)", score)
                .row());
        report.add(measure(
                        "score, " + records + ", default window (through the gateway)",
                        Platform.gatewayUrl() + "/api/v1/evaluation/partnerships/" + partnership + "/score")
                .row());
        report.add(measure(
                        "score, " + records + ", asOf yesterday (computed on request)",
                        score + "?asOf=" + today.minusDays(1),
                        100)
                .row());

        token = Tokens.forUser(Platform.keycloakUrl(), "admin");
        List<UUID> ranked = publishPartnerships();
        String ranking = evaluation + "/api/v1/evaluation/rankings?region=46&size=20";
        long rankStarted = System.nanoTime();
        awaitRanking(ranking, ranked.get(ranked.size() - 1));
        report.add(String.format(
                "| (ingesting %d partnerships and their activities took %.1f s) | | | | | |",
                PARTNERSHIPS, (System.nanoTime() - rankStarted) / 1e9));
        report.add(measure("ranking, 10,000 partnerships, province 46, first page of 20", ranking)
                .row());
        report.add(measure(
                        "ranking, 10,000 partnerships, page 400 of 20",
                        evaluation + "/api/v1/evaluation/rankings?region=46&size=20&page=400")
                .row());
        report.add(measure(
                        "ranking, 10,000 partnerships, asOf yesterday (computed on request)",
                        ranking + "&asOf=" + today.minusDays(1),
                        20)
                .row());
        write();
    }

    /** ACTIVE partnerships all over province 46, each with 0..4 activities; returns their ids in publishing order. */
    private List<UUID> publishPartnerships() {
        List<UUID> ids = new ArrayList<>();
        try (BenchmarkEvents events = new BenchmarkEvents(random, today)) {
            for (int i = 0; i < PARTNERSHIPS; i++) {
                UUID id = events.activePartnership();
                for (int a = random.nextInt(5); a > 0; a--) {
                    events.activity(id, today.minusDays(random.nextInt(365)));
                }
                ids.add(id);
            }
            // A last activity on the last partnership: once it counts, everything before it on its partition has.
            events.activity(ids.get(ids.size() - 1), today);
        }
        return ids;
    }

    private int documentSize(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body().length;
    }

    private Latencies measure(String name, String url) throws Exception {
        return measure(name, url, READS);
    }

    private Latencies measure(String name, String url, int samples) throws Exception {
        return new Reads(token).measure(name, url, samples);
    }

    private void awaitRanking(String url, UUID lastPublished) throws Exception {
        String lastScore = Platform.serviceUrl("evaluation-service") + "/api/v1/evaluation/partnerships/"
                + lastPublished + "/score";
        activityLog.awaitScore(lastScore, node -> ActivityLog.activities(node) >= 1, Duration.ofMinutes(10));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        JsonNode ranking = JSON.readTree(
                http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        assertEquals(PARTNERSHIPS, ranking.get("totalItems").asInt(), "partnerships ranked in province 46");
    }

    private void write() throws IOException {
        String text = "# Evaluation service benchmark, " + today + "\n\n"
                + "Machine: " + Runtime.getRuntime().availableProcessors() + " cores; JVM options of the services: "
                + System.getenv().getOrDefault("GONGJIAN_JAVA_OPTS", "(launcher defaults)") + "\n\n"
                + Latencies.header() + "\n" + String.join("\n", report) + "\n";
        Path file = Path.of("target", "benchmark-evaluation.md");
        Files.writeString(file, text);
        System.out.println(text);
    }
}
