package io.gongjian.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.events.AchievementChanged;
import io.gongjian.events.ActivityChanged;
import io.gongjian.events.EventTypes;
import io.gongjian.events.ExchangeChanged;
import io.gongjian.events.PartnershipChanged;
import io.gongjian.events.Topics;
import io.gongjian.testing.TestEvents;
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
import java.util.Map;
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
        int activitiesAfterBulk = publishRecords(UUID.fromString(partnership), RECORDS - FRESHNESS_ACTIVITIES - 1)
                + FRESHNESS_ACTIVITIES
                + 1;
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

    /** Activities, exchanges and achievements spread over the last year; returns how many are activities. */
    private int publishRecords(UUID partnership, int count) {
        int activities = 0;
        try (TestEvents.Publisher publisher = new TestEvents.Publisher(Platform.kafkaBootstrapServers())) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                LocalDate date = today.minusDays(random.nextInt(365));
                switch (i % 4) {
                    case 0, 1 -> {
                        publisher.publish(
                                Topics.ACTIVITY,
                                EventTypes.ACTIVITY_CHANGED,
                                partnership,
                                activity(id, partnership, date));
                        activities++;
                    }
                    case 2 -> publisher.publish(
                            Topics.ACTIVITY,
                            EventTypes.EXCHANGE_CHANGED,
                            partnership,
                            new ExchangeChanged(
                                    id,
                                    1,
                                    partnership,
                                    false,
                                    null,
                                    "INTERNSHIP",
                                    "UNIVERSITY_TO_ENTERPRISE",
                                    date,
                                    3,
                                    "实习",
                                    null));
                    default -> publisher.publish(
                            Topics.ACTIVITY,
                            EventTypes.ACHIEVEMENT_CHANGED,
                            partnership,
                            new AchievementChanged(
                                    id,
                                    1,
                                    partnership,
                                    false,
                                    null,
                                    List.of("TEACHING_RESOURCE", "RESEARCH_PROJECT", "INNOVATIVE_PRACTICE")
                                            .get(random.nextInt(3)),
                                    "成果",
                                    date,
                                    null,
                                    null));
                }
            }
        }
        return activities;
    }

    /** ACTIVE partnerships all over province 46, each with 0..4 activities; returns their ids in publishing order. */
    private List<UUID> publishPartnerships() {
        List<UUID> ids = new ArrayList<>();
        try (TestEvents.Publisher publisher = new TestEvents.Publisher(Platform.kafkaBootstrapServers())) {
            for (int i = 0; i < PARTNERSHIPS; i++) {
                UUID id = UUID.randomUUID();
                String region = String.format("46%02d%02d", 1 + random.nextInt(30), 1 + random.nextInt(20));
                publisher.publish(
                        Topics.PARTNERSHIP,
                        EventTypes.PARTNERSHIP_CHANGED,
                        id,
                        new PartnershipChanged(
                                id,
                                1,
                                String.format("GJ-%s-2026-%05d", region, i),
                                "基准共建 " + i,
                                "ACTIVE",
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                List.of(),
                                region,
                                LocalDate.of(2025, 1, 1),
                                LocalDate.of(2025, 1, 1),
                                LocalDate.of(2029, 12, 31),
                                List.of("TALENT"),
                                Map.of(),
                                List.of()));
                for (int a = random.nextInt(5); a > 0; a--) {
                    publisher.publish(
                            Topics.ACTIVITY,
                            EventTypes.ACTIVITY_CHANGED,
                            id,
                            activity(UUID.randomUUID(), id, today.minusDays(random.nextInt(365))));
                }
                ids.add(id);
            }
            // A last activity on the last partnership: once it counts, everything before it on its partition has.
            publisher.publish(
                    Topics.ACTIVITY,
                    EventTypes.ACTIVITY_CHANGED,
                    ids.get(ids.size() - 1),
                    activity(UUID.randomUUID(), ids.get(ids.size() - 1), today));
        }
        return ids;
    }

    private static ActivityChanged activity(UUID id, UUID partnership, LocalDate date) {
        return new ActivityChanged(
                id,
                1,
                partnership,
                false,
                null,
                "JOINT_STUDY",
                "IDEOLOGY",
                "联学",
                date,
                null,
                "JOINT",
                5,
                5,
                20,
                List.of(),
                null);
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

    /** {@code samples} sequential GETs after a fifth as many unmeasured ones (warm-up). */
    private Latencies measure(String name, String url, int samples) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        for (int i = 0; i < samples / 5; i++) {
            http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        Latencies latencies = new Latencies(name);
        for (int i = 0; i < samples; i++) {
            long started = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            latencies.add(System.nanoTime() - started);
            assertEquals(200, response.statusCode(), name);
        }
        return latencies;
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
