package io.gongjian.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.gongjian.client.api.AchievementsApi;
import io.gongjian.client.api.ActivitiesApi;
import io.gongjian.client.api.AssessmentsApi;
import io.gongjian.client.api.ChangeFeedApi;
import io.gongjian.client.api.ConversionsApi;
import io.gongjian.client.api.ExchangesApi;
import io.gongjian.client.api.FacilitiesApi;
import io.gongjian.client.api.OrganizationsApi;
import io.gongjian.client.api.PartnershipsApi;
import io.gongjian.client.api.RankingsApi;
import io.gongjian.client.api.RectificationsApi;
import io.gongjian.client.api.ScoresApi;
import io.gongjian.client.api.SurveyBatchesApi;
import io.gongjian.client.model.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's API for one caller, set up once (each generated API keeps its own HTTP client, so they are made
 * once per caller, not per call), with what every user of the generated client needs besides: the read-your-writes
 * token of an answer (docs/integrating-as-a-bureau.md, section 3) and the problem document of a refusal.
 */
public record GongjianApi(
        ApiClient client,
        OrganizationsApi organizations,
        PartnershipsApi partnerships,
        FacilitiesApi facilities,
        ActivitiesApi activities,
        ExchangesApi exchanges,
        AchievementsApi achievements,
        ConversionsApi conversions,
        AssessmentsApi assessments,
        SurveyBatchesApi surveys,
        RectificationsApi rectifications,
        ScoresApi scores,
        RankingsApi rankings,
        ChangeFeedApi changes) {

    /** The header a write answer carries and the next dependent write sends back. */
    public static final String CONSISTENCY = "Gongjian-Consistency";

    /** The API at {@code baseUri} (the gateway, e.g. {@code http://localhost:8080}) as the token's subject. */
    public static GongjianApi forToken(String baseUri, String bearerToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri);
        client.setConnectTimeout(Duration.ofSeconds(5));
        client.setReadTimeout(Duration.ofSeconds(30));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearerToken));
        return new GongjianApi(
                client,
                new OrganizationsApi(client),
                new PartnershipsApi(client),
                new FacilitiesApi(client),
                new ActivitiesApi(client),
                new ExchangesApi(client),
                new AchievementsApi(client),
                new ConversionsApi(client),
                new AssessmentsApi(client),
                new SurveyBatchesApi(client),
                new RectificationsApi(client),
                new ScoresApi(client),
                new RankingsApi(client),
                new ChangeFeedApi(client));
    }

    /** The {@value #CONSISTENCY} token of an answer of the partnership service; fails when it has none. */
    public static String consistencyToken(ApiResponse<?> answer) {
        return header(answer, CONSISTENCY)
                .orElseThrow(() -> new IllegalStateException("the answer (" + answer.getStatusCode() + ") carries no "
                        + CONSISTENCY + " header: " + answer.getHeaders().keySet()));
    }

    /** The first value of an answer's header, whatever the case of its name. */
    public static Optional<String> header(ApiResponse<?> answer, String name) {
        for (Map.Entry<String, List<String>> header : answer.getHeaders().entrySet()) {
            if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                return Optional.of(header.getValue().get(0));
            }
        }
        return Optional.empty();
    }

    /** The problem document (RFC 9457) of a refusal, read as the document describes it. */
    public Problem problem(ApiException refusal) {
        try {
            return client.getObjectMapper().readValue(refusal.getResponseBody(), Problem.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "the refusal " + refusal.getCode() + " is no problem document: " + refusal.getResponseBody(), e);
        }
    }
}
