package io.gongjian.localstack.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.client.ApiException;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The demo loader sends a write again only when the answer says to (429, 503 with Retry-After) or was lost; a
 * refusal is final. With the consistency token it no longer guesses from a 409 or 422 that a service is behind.
 */
class RetryAfterTest {

    private static final ApiException BEHIND =
            refusal(503, "2", "{\"type\": \"…/read-model-behind\", \"detail\": \"waiting for version 3, have 2\"}");
    private static final ApiException RATE_LIMITED = refusal(429, "1", "{}");
    private static final ApiException LOST = new ApiException(new IOException("request timed out"));
    private static final ApiException KEY_IN_PROGRESS =
            refusal(409, "1", "{\"type\": \"…/idempotency-key-in-progress\"}");

    private final List<Duration> pauses = new ArrayList<>();
    private final RetryAfter retry = new RetryAfter(Duration.ofSeconds(10), pauses::add);

    @Test
    void sendsAgainAsRetryAfterSaysAndAfterALostAnswer() {
        // A lost answer is sent again with the same key; the first may still be running: 409 in progress.
        Deque<ApiException> failures = new ArrayDeque<>(List.of(BEHIND, RATE_LIMITED, LOST, KEY_IN_PROGRESS));

        String answer = retry.send("POST activity", () -> {
            if (!failures.isEmpty()) {
                throw failures.pop();
            }
            return "created";
        });

        assertEquals("created", answer);
        assertEquals(
                List.of(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)),
                pauses);
    }

    @Test
    void theWaitingStopsAtTheLimitWithTheLastAnswer() {
        IllegalStateException failure = assertThrows(
                IllegalStateException.class,
                () -> retry.send("POST activity", () -> {
                    throw BEHIND;
                }));

        assertEquals(5, pauses.size());
        assertEquals(Duration.ofSeconds(10), pauses.stream().reduce(Duration.ZERO, Duration::plus));
        assertTrue(failure.getMessage().startsWith("POST activity answered 503: "), failure.getMessage());
        assertTrue(failure.getMessage().contains("waiting for version 3"), failure.getMessage());
    }

    @Test
    void aRefusalIsFinal() {
        for (ApiException refusal : List.of(
                refusal(409, null, "{\"field\": \"partnershipId\", \"partnershipStatus\": \"DRAFT\"}"),
                refusal(422, null, "{\"field\": \"partnershipId\"}"),
                refusal(412, null, "{\"currentVersion\": 4}"),
                refusal(500, null, "{}"))) {
            IllegalStateException failure = assertThrows(
                    IllegalStateException.class,
                    () -> retry.send("POST exchange", () -> {
                        throw refusal;
                    }));
            assertTrue(failure.getMessage().startsWith("POST exchange answered " + refusal.getCode()));
        }
        assertEquals(List.of(), pauses);
    }

    @Test
    void findAnswersEmptyFor404() {
        assertEquals(Optional.empty(), retry.find("GET organization", () -> {
            throw refusal(404, null, "{}");
        }));
        assertEquals(Optional.of("found"), retry.find("GET organization", () -> "found"));
    }

    private static ApiException refusal(int status, String retryAfter, String body) {
        HttpHeaders headers = HttpHeaders.of(
                retryAfter == null ? Map.of() : Map.of("Retry-After", List.of(retryAfter)), (name, value) -> true);
        return new ApiException("refused", status, headers, body);
    }
}
