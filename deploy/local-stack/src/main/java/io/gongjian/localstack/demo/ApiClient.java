package io.gongjian.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A caller of the public API through the gateway, with a token from Keycloak like any front-end. */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gatewayUrl;
    private final String token;

    private ApiClient(String gatewayUrl, String token) {
        this.gatewayUrl = gatewayUrl;
        this.token = token;
    }

    /** Logs in with the password grant of the public client (demo users' passwords equal their names). */
    static ApiClient login(String gatewayUrl, String realmUrl, String username) {
        String form = "grant_type=password&client_id=gongjian-web&username=" + encode(username) + "&password="
                + encode(username);
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        JsonNode body = new ApiClient(gatewayUrl, null).send(request, 200);
        return new ApiClient(gatewayUrl, body.get("access_token").asText());
    }

    /** GET; returns {@code null} on 404. */
    JsonNode get(String path) {
        HttpResponse<String> response = exchange(authorized(path).GET().build());
        if (response.statusCode() == 404) {
            return null;
        }
        return parse(response, 200);
    }

    JsonNode post(String path, Object body, int expectedStatus) {
        return post(path, body, null, expectedStatus);
    }

    /** POST naming the version it is based on in If-Match, when {@code ifMatch} is not null. */
    JsonNode post(String path, Object body, String ifMatch, int expectedStatus) {
        return send(withBody("POST", path, body, ifMatch), expectedStatus);
    }

    /** What an API answered: its status and its body. */
    record Answer(int status, JsonNode body) {}

    /** POST that hands back any answer, for callers that react to the status themselves. */
    Answer postAnswer(String path, Object body) {
        HttpResponse<String> response = exchange(withBody("POST", path, body, null));
        try {
            return new Answer(
                    response.statusCode(),
                    response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode put(String path, Object body, String ifMatch, int expectedStatus) {
        return send(withBody("PUT", path, body, ifMatch), expectedStatus);
    }

    private HttpRequest withBody(String method, String path, Object body, String ifMatch) {
        HttpRequest.Builder request =
                authorized(path).header("Content-Type", "application/json").method(method, json(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.build();
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest request, int expectedStatus) {
        return parse(exchange(request), expectedStatus);
    }

    /** Sends the request; when the gateway's rate limit answers 429, waits as its Retry-After says and sends again. */
    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            while (true) {
                HttpResponse<String> response =
                        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() != 429) {
                    return response;
                }
                long seconds =
                        response.headers().firstValueAsLong("Retry-After").orElse(1);
                Thread.sleep(seconds * 1000);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode parse(HttpResponse<String> response, int expectedStatus) {
        if (response.statusCode() != expectedStatus) {
            throw new IllegalStateException(response.request().method() + " "
                    + response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
