package io.gongjian.evaluation.api;

import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;

/** A real HTTP receiver of webhooks on a free port: records what arrives, answers what it is told to. */
final class WebhookReceiver implements AutoCloseable {

    record Received(String id, String timestamp, String signature, String body, long receivedAtMillis) {
        JsonPath json() {
            return JsonPath.from(body);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

    /** @param status the status to answer the n-th request of a delivery (1 for its first, by webhook-id) with */
    WebhookReceiver(IntUnaryOperator status) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            requests.incrementAndGet();
            int n = attempts.merge(
                    String.valueOf(exchange.getRequestHeaders().getFirst("webhook-id")), 1, Integer::sum);
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int answer = status.applyAsInt(n);
            if (answer >= 200 && answer < 300) {
                var headers = exchange.getRequestHeaders();
                received.add(new Received(
                        headers.getFirst("webhook-id"),
                        headers.getFirst("webhook-timestamp"),
                        headers.getFirst("webhook-signature"),
                        body,
                        System.currentTimeMillis()));
            }
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    static WebhookReceiver accepting() throws IOException {
        return new WebhookReceiver(n -> 204);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    int requests() {
        return requests.get();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until a delivery that {@code wanted} accepts has arrived (successfully). */
    Received await(Predicate<Received> wanted, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            for (Received r : received) {
                if (wanted.test(r)) {
                    return r;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no such delivery within " + within + "; received " + received);
    }

    static Predicate<Received> of(String type, Map<String, Object> data) {
        return r -> {
            JsonPath json = r.json();
            return type.equals(json.getString("type"))
                    && data.entrySet().stream()
                            .allMatch(e -> e.getValue().toString().equals(json.getString("data." + e.getKey())));
        };
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
