package io.gongjian.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.gongjian.client.GongjianApi;
import io.gongjian.testing.Tokens;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The time from a logged activity to its webhook (issue 13), on the packaged services and real infrastructure: an
 * activity POSTed through the gateway (activity service → outbox → Kafka → evaluation service's read model → change
 * feed → fan-out → dispatcher) until a receiver on this machine gets the {@code score.changed} delivery whose cause is
 * that activity. Measured from the POST's 201. Ten clients log at once, each into partnerships of its own (fresh ones
 * each repeat, so that every activity still moves the score, below the frequency target of 12). Run with
 * {@code scripts/benchmark-webhooks.sh}; the report goes to {@code e2e-tests/target/benchmark-webhooks.md}.
 */
@EnabledIfSystemProperty(named = "gongjian.benchmark", matches = "true")
class WebhookBenchmarkIT {

    private static final int SAMPLES = Integer.getInteger("gongjian.benchmark.samples", 200);
    private static final int REPEATS = Integer.getInteger("gongjian.benchmark.repeats", 3);
    private static final int CLIENTS = 10;
    /** Activities per partnership and repeat: each one still moves its frequency score (target 12 a year). */
    private static final int PER_PARTNERSHIP = 10;

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    /** When each activity's score.changed arrived (nanoTime), by its cause reference ("activities/{id}"). */
    private final Map<String, Long> arrived = new ConcurrentHashMap<>();

    @Test
    void fromLoggedActivityToWebhook() throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.createContext("/hook", exchange -> {
            long now = System.nanoTime();
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            JsonNode cause = body.path("data").path("causeReference");
            if (!cause.isMissingNode() && !cause.isNull()) {
                arrived.putIfAbsent(cause.asText(), now);
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String token = Tokens.forUser(Platform.keycloakUrl(), "admin");
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "url",
                            "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                            "eventTypes",
                            List.of("score.changed"),
                            "description",
                            "benchmark"))
                    .post(Platform.gatewayUrl() + "/api/v1/evaluation/webhooks")
                    .then()
                    .statusCode(201);

            List<Latencies> repeats = new ArrayList<>();
            Latencies all = new Latencies("all repeats");
            for (int repeat = 1; repeat <= REPEATS; repeat++) {
                token = Tokens.forUser(Platform.keycloakUrl(), "admin");
                repeats.add(measure(token, repeat, all));
            }
            write(repeats, all);
        } finally {
            receiver.stop(0);
        }
    }

    private Latencies measure(String token, int repeat, Latencies all) throws Exception {
        ActivityLog activities = new ActivityLog(token);
        int partnershipsPerClient = (int) Math.ceil((double) SAMPLES / CLIENTS / PER_PARTNERSHIP);
        GongjianApi admin = Journeys.withToken(token);
        List<List<String>> partnerships = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            List<String> own = new ArrayList<>();
            for (int i = 0; i < partnershipsPerClient; i++) {
                own.add(Journeys.activePartnership(admin).id().toString());
            }
            partnerships.add(own);
        }
        // Not measured: the activity service learns of each activation, and the first webhook of each arrives.
        for (List<String> own : partnerships) {
            for (String partnership : own) {
                long deadline = System.nanoTime() + PATIENCE.toNanos();
                String first;
                while ((first = activities.logged(partnership, today)) == null) {
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("the activity service never learnt of " + partnership);
                    }
                    Thread.sleep(100);
                }
                await(first);
            }
        }
        Latencies latencies = new Latencies("repeat " + repeat);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                List<String> own = partnerships.get(client);
                int samples = SAMPLES / CLIENTS;
                results.add(clients.submit(() -> {
                    List<Long> measured = new ArrayList<>();
                    for (int i = 0; i < samples; i++) {
                        String activity = activities.logged(own.get(i % own.size()), today);
                        long acknowledged = System.nanoTime();
                        measured.add(await(activity) - acknowledged);
                    }
                    return measured;
                }));
            }
            for (Future<List<Long>> result : results) {
                for (long nanos : result.get()) {
                    latencies.add(nanos);
                    all.add(nanos);
                }
            }
        } finally {
            clients.shutdownNow();
        }
        return latencies;
    }

    /** Waits for the webhook caused by {@code cause}; answers when it arrived. */
    private long await(String cause) throws InterruptedException {
        assertEquals(true, cause != null, "the activity was logged");
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Long at;
        while ((at = arrived.get(cause)) == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no webhook for " + cause + " within " + PATIENCE);
            }
            Thread.sleep(2);
        }
        return at;
    }

    private void write(List<Latencies> repeats, Latencies all) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Webhooks: from a logged activity to its delivery\n");
        lines.add("Activity POSTed through the gateway, measured from its 201 until the receiver got the score.changed"
                + " delivery it caused; " + CLIENTS + " clients at once, " + SAMPLES + " samples per repeat"
                + " (WebhookBenchmarkIT).\n");
        lines.add(Latencies.header());
        repeats.forEach(latencies -> lines.add(latencies.row()));
        lines.add(all.row());
        lines.add("");
        lines.add("Over the repeats (each repeat's p50 and p99):\n");
        lines.add(Latencies.minMedianMaxHeader());
        Latencies p50 = new Latencies("p50 of a repeat");
        Latencies p99 = new Latencies("p99 of a repeat");
        for (Latencies repeat : repeats) {
            p50.add((long) (repeat.percentile(50) * 1e6));
            p99.add((long) (repeat.percentile(99) * 1e6));
        }
        lines.add(p50.minMedianMaxRow());
        lines.add(p99.minMedianMaxRow());
        Path report = Path.of("target", "benchmark-webhooks.md");
        Files.writeString(report, String.join("\n", lines) + "\n");
    }
}
