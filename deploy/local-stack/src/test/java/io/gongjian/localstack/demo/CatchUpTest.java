package io.gongjian.localstack.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo loader waits out the services catching up with an activation, and nothing else. */
class CatchUpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final ApiClient.Answer CREATED = answer(201, "{\"id\": \"a\"}");
    static final ApiClient.Answer NOT_SEEN_YET =
            answer(422, "{\"field\": \"partnershipId\", \"detail\": \"no partnership p in your scope\"}");
    static final ApiClient.Answer STILL_DRAFT = answer(
            409,
            "{\"field\": \"partnershipId\", \"partnershipStatus\": \"DRAFT\", \"detail\": \"the partnership is DRAFT\"}");

    private final List<Duration> pauses = new ArrayList<>();
    private final CatchUp catchUp = new CatchUp(
            new CatchUp.Schedule(Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(30)), pauses::add);

    @Test
    void sendsAgainWhileTheServiceHasNotSeenTheActivationYet() {
        Deque<ApiClient.Answer> answers = new ArrayDeque<>(List.of(NOT_SEEN_YET, STILL_DRAFT, STILL_DRAFT, CREATED));

        ApiClient.Answer answer = catchUp.send(answers::pop);

        assertEquals(201, answer.status());
        assertEquals(List.of(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800)), pauses);
    }

    @Test
    void pausesDoubleUpToTheCeilingAndTheWaitingStopsAtTheLimit() {
        ApiClient.Answer answer = catchUp.send(() -> STILL_DRAFT);

        assertEquals(409, answer.status());
        assertEquals(
                List.of(200L, 400L, 800L, 1600L, 3200L, 5000L, 5000L, 5000L, 5000L, 3800L),
                pauses.stream().map(Duration::toMillis).toList());
        assertEquals(Duration.ofSeconds(30), pauses.stream().reduce(Duration.ZERO, Duration::plus));
    }

    @Test
    void anyOtherAnswerIsHandedBackAtOnce() {
        for (ApiClient.Answer other : List.of(
                answer(409, "{\"field\": \"partnershipId\", \"partnershipStatus\": \"TERMINATED\"}"),
                answer(422, "{\"field\": \"occurredOn\"}"),
                answer(409, "{\"field\": \"status\"}"),
                answer(500, "{}"),
                new ApiClient.Answer(502, JSON.nullNode()))) {
            assertEquals(other, catchUp.send(() -> other));
        }
        assertEquals(List.of(), pauses);
    }

    @Test
    void recognisesTheTwoAnswersOfAServiceThatIsBehind() {
        assertTrue(CatchUp.partnershipNotYetKnown(NOT_SEEN_YET));
        assertTrue(CatchUp.partnershipNotYetKnown(STILL_DRAFT));
        assertFalse(CatchUp.partnershipNotYetKnown(CREATED));
    }

    private static ApiClient.Answer answer(int status, String body) {
        try {
            return new ApiClient.Answer(status, JSON.readTree(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
