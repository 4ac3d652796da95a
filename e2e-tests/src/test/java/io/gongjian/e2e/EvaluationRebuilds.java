package io.gongjian.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;

/** Rebuilds of the evaluation service's read model, started and followed through its API as a platform admin would. */
final class EvaluationRebuilds {

    private static final String SERVICE = "evaluation-service";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final Supplier<String> token;

    EvaluationRebuilds(Supplier<String> token) {
        this.token = token;
    }

    /** Starts a rebuild on the first instance; answers where to follow it. */
    String start() throws Exception {
        HttpResponse<String> started = http.send(
                HttpRequest.newBuilder(
                                URI.create(Platform.serviceUrl(SERVICE) + "/api/v1/evaluation/read-model/rebuilds"))
                        .header("Authorization", "Bearer " + token.get())
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, started.statusCode(), started.body());
        return URI.create(Platform.serviceUrl(SERVICE))
                .resolve(started.headers().firstValue("Location").orElseThrow())
                .toString();
    }

    /** The rebuild at {@code location} as it is now. */
    JsonNode state(String location) throws Exception {
        HttpResponse<String> status = http.send(
                HttpRequest.newBuilder(URI.create(location))
                        .header("Authorization", "Bearer " + token.get())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, status.statusCode(), status.body());
        return JSON.readTree(status.body());
    }
}
