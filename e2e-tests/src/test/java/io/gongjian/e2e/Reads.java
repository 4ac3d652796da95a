package io.gongjian.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The benchmarks' read latencies: one authenticated GET repeated sequentially, timed. */
final class Reads {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    Reads(String token) {
        this.token = token;
    }

    /** {@code samples} sequential GETs after a fifth as many unmeasured ones (warm-up); each must answer 200. */
    Latencies measure(String name, String url, int samples) throws Exception {
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
}
