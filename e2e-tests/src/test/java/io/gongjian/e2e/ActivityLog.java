package io.gongjian.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** The benchmarks' ingest path: log an activity through the gateway, and wait until the score counts it. */
final class ActivityLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    ActivityLog(String token) {
        this.token = token;
    }

    /** Logs one joint study of {@code partnership} on {@code day}; answers the status. */
    int log(String partnership, LocalDate day) throws IOException, InterruptedException {
        return log(partnership, day, UUID.randomUUID().toString());
    }

    /** As {@link #log(String, LocalDate)}, under the correlation id {@code requestId} ({@code X-Request-Id}). */
    int log(String partnership, LocalDate day, String requestId) throws IOException, InterruptedException {
        return post(partnership, day, requestId).statusCode();
    }

    /** Logs one joint study; answers its reference ({@code activities/{id}}), null when it was not logged. */
    String logged(String partnership, LocalDate day) throws IOException, InterruptedException {
        HttpResponse<String> response = post(partnership, day, UUID.randomUUID().toString());
        return response.statusCode() == 201
                ? "activities/" + JSON.readTree(response.body()).get("id").asText()
                : null;
    }

    private HttpResponse<String> post(String partnership, LocalDate day, String requestId)
            throws IOException, InterruptedException {
        Map<String, Object> activity = Map.of(
                "partnershipId",
                partnership,
                "type",
                "JOINT_STUDY",
                "mode",
                "IDEOLOGY",
                "title",
                "基准测试联学",
                "occurredOn",
                day.toString(),
                "organisingSide",
                "JOINT",
                "universityPartyMembers",
                6,
                "enterprisePartyMembers",
                3,
                "attendance",
                20);
        HttpRequest request = HttpRequest.newBuilder(URI.create(Platform.gatewayUrl() + "/api/v1/activities"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(activity)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Reads the score at {@code url} until {@code reached}, or fails after {@code timeout}. */
    void awaitScore(String url, Predicate<JsonNode> reached, Duration timeout) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                last = JSON.readTree(response.body());
                if (reached.test(last)) {
                    return;
                }
            }
        }
        throw new AssertionError("the score did not get there within " + timeout + "; last: " + last);
    }

    /** How many activities the score counts. */
    static int activities(JsonNode score) {
        for (JsonNode indicator : score.get("indicators")) {
            if (indicator.get("code").asText().equals("ORG_ACTIVITY_FREQUENCY")) {
                return indicator.get("recordCount").asInt();
            }
        }
        throw new AssertionError("no ORG_ACTIVITY_FREQUENCY in " + score);
    }
}
