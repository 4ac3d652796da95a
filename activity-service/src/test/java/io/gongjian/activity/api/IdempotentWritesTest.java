package io.gongjian.activity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.activity.application.PartnershipViews;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.testing.Parallel;
import io.gongjian.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A write sent again with the same Idempotency-Key (a client whose request timed out) has one effect and the same
 * answer; the mechanism is the platform's (platform/idempotency), the same for every POST of every service.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class IdempotentWritesTest {

    static final int DUPLICATES = 12;

    @Inject
    PartnershipViews views;

    @Inject
    BusinessCalendar calendar;

    @Test
    void aRetriedPostRecordsOnceAndAnswersTheSameTwice() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        Map<String, Object> activity = activity(partnership);
        String key = UUID.randomUUID().toString();

        Response first = post(key, activity);
        Response retry = post(key, activity);

        assertEquals(201, first.statusCode(), first.asString());
        assertEquals(201, retry.statusCode(), retry.asString());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(first.jsonPath().getMap(""), retry.jsonPath().getMap(""));
        assertNull(first.header("Idempotent-Replayed"));
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(1, recordsOf(partnership));
    }

    @Test
    void theDraftsQuotedFormOfTheKeyIsTheSameKey() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        Map<String, Object> activity = activity(partnership);
        String key = UUID.randomUUID().toString();

        Response first = post(key, activity);
        Response quoted = post("\"" + key + "\"", activity);

        assertEquals(first.header("Location"), quoted.header("Location"));
        assertEquals(1, recordsOf(partnership));
    }

    @Test
    void concurrentDuplicatesRecordOnce() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        Map<String, Object> activity = activity(partnership);
        String key = UUID.randomUUID().toString();

        List<Response> answers = Parallel.run(DUPLICATES, i -> post(key, activity));

        // Each waits for the first to commit and replays its answer (or, past the wait, is told to come back).
        for (Response answer : answers) {
            assertTrue(List.of(201, 409).contains(answer.statusCode()), answer.asString());
            if (answer.statusCode() == 409) {
                assertEquals("Idempotency-Key", answer.jsonPath().getString("field"));
                assertEquals("1", answer.header("Retry-After"));
            }
        }
        assertEquals(
                1,
                answers.stream()
                        .filter(answer -> answer.statusCode() == 201)
                        .map(answer -> answer.header("Location"))
                        .distinct()
                        .count(),
                "every 201 names the one record");
        assertEquals(1, recordsOf(partnership));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422NamingTheHeaderAndWritesNothing() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        Map<String, Object> activity = activity(partnership);
        String key = UUID.randomUUID().toString();
        post(key, activity).then().statusCode(201);
        activity.put("attendance", 57);

        post(key, activity)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gongjian.io/problems/idempotency-key-reused"))
                .body("field", equalTo("Idempotency-Key"))
                .body("detail", containsString("POST /api/v1/activities"));
        assertEquals(1, recordsOf(partnership));
    }

    @Test
    void aRefusedWriteIsNotKeptSoItsRetryRunsAgain() {
        UUID university = UUID.randomUUID();
        UUID enterprise = UUID.randomUUID();
        UUID partnership = Partnerships.known(views, "SUSPENDED", "450200", university, enterprise);
        Map<String, Object> activity = activity(partnership);
        String key = UUID.randomUUID().toString();
        post(key, activity).then().statusCode(409);

        Partnerships.publishAndAwait(
                views, TestEvents.partnership(partnership, 2, "ACTIVE", "450200", university, enterprise));

        post(key, activity).then().statusCode(201);
        assertEquals(1, recordsOf(partnership));
    }

    @Test
    void anUnusableKeyIs400NamingTheHeader() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        post("x".repeat(256), activity(partnership)).then().statusCode(400).body("field", equalTo("Idempotency-Key"));
        assertEquals(0, recordsOf(partnership));
    }

    @Test
    void withoutAKeyEveryPostIsANewWrite() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        Map<String, Object> activity = activity(partnership);
        given().contentType(ContentType.JSON)
                .body(activity)
                .post("/api/v1/activities")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(activity)
                .post("/api/v1/activities")
                .then()
                .statusCode(201);
        assertEquals(2, recordsOf(partnership));
    }

    private Map<String, Object> activity(UUID partnership) {
        return ActivityBodies.activity(partnership, calendar);
    }

    static Response post(String key, Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/activities");
    }

    static int recordsOf(UUID partnership) {
        return given().queryParam("partnership", partnership.toString())
                .get("/api/v1/activities")
                .then()
                .statusCode(200)
                .extract()
                .path("totalItems");
    }
}
