package io.gongjian.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.testing.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The gateway's cost (issue 6): the same authenticated GET of a partnership, straight to the partnership service
 * and through the gateway, alternated request by request so that both see the same load, sequentially and with
 * concurrent clients. Run with {@code scripts/benchmark-gateway.sh}; report in
 * {@code e2e-tests/target/benchmark-gateway.md}.
 */
@EnabledIfSystemProperty(named = "gongjian.benchmark", matches = "true")
class GatewayBenchmarkIT {

    private static final int REQUESTS = Integer.getInteger("gongjian.benchmark.requests", 5_000);
    private static final int CLIENTS = 4;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void addedLatency() throws Exception {
        String token = Tokens.forUser(Platform.keycloakUrl(), "admin");
        String partnership =
                Journeys.activePartnership(Journeys.withToken(token)).id().toString();
        String path = "/api/v1/partnerships/" + partnership;
        HttpRequest direct = get(Platform.serviceUrl("partnership-service") + path, token);
        HttpRequest gateway = get(Platform.gatewayUrl() + path, token);

        List<String> rows = new ArrayList<>();
        Latencies[] sequential = run(direct, gateway, 1);
        rows.add(sequential[0].row());
        rows.add(sequential[1].row());
        Latencies[] concurrent = run(direct, gateway, CLIENTS);
        rows.add(concurrent[0].row());
        rows.add(concurrent[1].row());

        StringBuilder text = new StringBuilder("# Gateway benchmark, " + LocalDate.now() + "\n\n"
                + "GET " + path.replace(partnership, "{id}") + " with a bearer token; " + REQUESTS
                + " requests per target and load, direct and through the gateway alternated. Machine: "
                + Runtime.getRuntime().availableProcessors()
                + " cores shared by client, services and infrastructure.\n\n"
                + Latencies.header() + "\n" + String.join("\n", rows)
                + "\n\n| load | added p50 ms | added p99 ms | ratio p50 | ratio p99 |\n|---|---|---|---|---|\n");
        for (Latencies[] pair : List.of(sequential, concurrent)) {
            text.append(String.format(
                    Locale.ROOT,
                    "| %s | %.2f | %.2f | %.2f | %.2f |%n",
                    pair == sequential ? "1 client" : CLIENTS + " clients",
                    pair[1].percentile(50) - pair[0].percentile(50),
                    pair[1].percentile(99) - pair[0].percentile(99),
                    pair[1].percentile(50) / pair[0].percentile(50),
                    pair[1].percentile(99) / pair[0].percentile(99)));
        }
        Files.writeString(Path.of("target", "benchmark-gateway.md"), text);
        System.out.println(text);
    }

    /** {@code clients} threads, each alternating direct and gateway requests, after as many unmeasured ones (warm-up: the JIT compiles the hot paths). */
    private Latencies[] run(HttpRequest direct, HttpRequest gateway, int clients) throws Exception {
        String load = clients == 1 ? "1 client" : clients + " concurrent clients";
        Latencies straight = new Latencies("straight to the partnership service, " + load);
        Latencies through = new Latencies("through the gateway, " + load);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[][]>> runs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                runs.add(pool.submit(() -> {
                    int each = REQUESTS / clients;
                    for (int i = 0; i < each; i++) {
                        send(direct);
                        send(gateway);
                    }
                    long[][] samples = new long[2][each];
                    for (int i = 0; i < each; i++) {
                        samples[0][i] = send(direct);
                        samples[1][i] = send(gateway);
                    }
                    return samples;
                }));
            }
            for (Future<long[][]> run : runs) {
                long[][] samples = run.get();
                for (long sample : samples[0]) {
                    straight.add(sample);
                }
                for (long sample : samples[1]) {
                    through.add(sample);
                }
            }
        } finally {
            pool.shutdown();
        }
        return new Latencies[] {straight, through};
    }

    private long send(HttpRequest request) throws Exception {
        long started = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - started;
        assertEquals(200, response.statusCode(), request.uri().toString());
        return elapsed;
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
    }
}
