package io.gongjian.localstack.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.client.GongjianApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A demo user signs in at Keycloak like any front-end and calls the public API through the gateway. */
final class DemoLogin {

    private DemoLogin() {}

    /** Logs in with the password grant of the public client (demo users' passwords equal their names). */
    static GongjianApi as(String gatewayUrl, String realmUrl, String username) {
        String form = "grant_type=password&client_id=gongjian-web&username=" + encode(username) + "&password="
                + encode(username);
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "login of " + username + " answered " + response.statusCode() + ": " + response.body());
            }
            String token = new ObjectMapper()
                    .readTree(response.body())
                    .get("access_token")
                    .asText();
            return GongjianApi.forToken(gatewayUrl, token);
        } catch (IOException e) {
            throw new UncheckedIOException("login of " + username + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
