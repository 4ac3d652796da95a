package io.gongjian.localstack.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.client.ApiClient;
import io.gongjian.client.GongjianClients;
import io.gongjian.client.api.AchievementsApi;
import io.gongjian.client.api.ActivitiesApi;
import io.gongjian.client.api.AssessmentsApi;
import io.gongjian.client.api.ConversionsApi;
import io.gongjian.client.api.ExchangesApi;
import io.gongjian.client.api.FacilitiesApi;
import io.gongjian.client.api.OrganizationsApi;
import io.gongjian.client.api.PartnershipsApi;
import io.gongjian.client.api.RectificationsApi;
import io.gongjian.client.api.SurveyBatchesApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A demo user signed in at Keycloak, calling the public API through the gateway with the generated client. */
record Caller(ApiClient client) {

    /** Logs in with the password grant of the public client (demo users' passwords equal their names). */
    static Caller login(String gatewayUrl, String realmUrl, String username) {
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
            return new Caller(GongjianClients.forToken(gatewayUrl, token));
        } catch (IOException e) {
            throw new UncheckedIOException("login of " + username + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    OrganizationsApi organizations() {
        return new OrganizationsApi(client);
    }

    PartnershipsApi partnerships() {
        return new PartnershipsApi(client);
    }

    FacilitiesApi facilities() {
        return new FacilitiesApi(client);
    }

    ActivitiesApi activities() {
        return new ActivitiesApi(client);
    }

    ExchangesApi exchanges() {
        return new ExchangesApi(client);
    }

    AchievementsApi achievements() {
        return new AchievementsApi(client);
    }

    ConversionsApi conversions() {
        return new ConversionsApi(client);
    }

    AssessmentsApi assessments() {
        return new AssessmentsApi(client);
    }

    SurveyBatchesApi surveys() {
        return new SurveyBatchesApi(client);
    }

    RectificationsApi rectifications() {
        return new RectificationsApi(client);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
