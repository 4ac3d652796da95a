package io.gongjian.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Real HTTP servers standing in for the services, each with one behaviour the gateway must cope with: an echo that
 * answers like a service (Location naming itself, ETag), one that never answers in time, one that hangs up, and an
 * address where nothing listens. The gateway's routing and limits are pointed at them. The echo tells at
 * {@value #RECEIVED} the sizes of the bodies it received whole, so that a test can see what reached a backend.
 */
public class FakeBackends implements QuarkusTestResourceLifecycleManager {

    static final String RECEIVED = "/received-bodies";
    private static final List<Integer> RECEIVED_BODIES = new CopyOnWriteArrayList<>();

    private HttpServer echo;
    private HttpServer slow;
    private HttpServer rude;

    @Override
    public Map<String, String> start() {
        try {
            echo = server(FakeBackends::echo);
            slow = server(exchange -> {
                sleep(5_000);
                exchange.close();
            });
            rude = server(exchange -> exchange.getHttpContext().getServer().stop(0));
            int nothing;
            try (ServerSocket socket = new ServerSocket(0)) {
                nothing = socket.getLocalPort();
            }
            Map<String, String> config = new HashMap<>();
            backend(
                    config,
                    "partnership",
                    "http://localhost:" + echo.getAddress().getPort(),
                    "/api/v1/partnerships");
            backend(config, "activity", "http://localhost:" + nothing, "/api/v1/activities");
            backend(
                    config,
                    "evaluation",
                    "http://localhost:" + slow.getAddress().getPort(),
                    "/api/v1/evaluation");
            backend(config, "rude", "http://localhost:" + rude.getAddress().getPort(), "/api/v1/rude");
            config.put("gateway.backends.rude.title", "rude service");
            config.put("gateway.response-timeout", "1s");
            config.put("gateway.max-body-bytes", "1000");
            // Imports by kind: the echo imports organisations and partnerships, the slow one assessments.
            config.put(
                    "gateway.backends.partnership.import-kinds",
                    "organizations,partnerships,member-counts,key-projects");
            config.put("gateway.backends.evaluation.import-kinds", "assessments");
            config.put("gateway.max-upload-bytes", "100000");
            config.put("gateway.request-body-timeout", "1s");
            config.put("gateway.rate-limit.requests-per-second", "3");
            config.put("gateway.rate-limit.burst", "6");
            config.put("gateway.web-origins", "https://front.example.cn");
            return config;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void backend(Map<String, String> config, String name, String url, String prefix) {
        config.put("gateway.backends." + name + ".url", url);
        config.put("gateway.backends." + name + ".prefixes", prefix);
    }

    /** Answers 201 with what it received: method, path, the headers the gateway forwarded, the body's length. */
    private static void echo(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getPath().equals(RECEIVED)) {
            answer(exchange, 200, RECEIVED_BODIES.toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        RECEIVED_BODIES.add(body.length);
        StringBuilder json = new StringBuilder("{\"method\":\"" + exchange.getRequestMethod() + "\",\"uri\":\""
                + exchange.getRequestURI() + "\",\"bodyBytes\":" + body.length);
        for (String header : new String[] {"X-Request-Id", "Authorization", "X-Forwarded-Host", "Connection"}) {
            String value = exchange.getRequestHeaders().getFirst(header);
            json.append(",\"").append(header).append("\":").append(value == null ? "null" : "\"" + value + "\"");
        }
        byte[] answer = json.append('}').toString().getBytes(StandardCharsets.UTF_8);
        int port = exchange.getLocalAddress().getPort();
        exchange.getResponseHeaders().add("Location", "http://localhost:" + port + "/api/v1/partnerships/42");
        exchange.getResponseHeaders().add("ETag", "\"7\"");
        answer(exchange, 201, answer);
    }

    private static void answer(HttpExchange exchange, int status, byte[] json) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, json.length);
        exchange.getResponseBody().write(json);
        exchange.close();
    }

    private static HttpServer server(com.sun.net.httpserver.HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", handler);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return server;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        for (HttpServer server : new HttpServer[] {echo, slow, rude}) {
            if (server != null) {
                server.stop(0);
            }
        }
    }
}
