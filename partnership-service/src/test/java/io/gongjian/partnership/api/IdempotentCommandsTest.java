package io.gongjian.partnership.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.testing.Parallel;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The partnership service's writes with an Idempotency-Key: a retried draft drafts once, a retried lifecycle
 * command takes one version step; every partnership answer carries its consistency token.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class IdempotentCommandsTest {

    @Test
    void aRetriedDraftDraftsOnce() {
        String university = Fixtures.register("UNIVERSITY", "450200");
        String enterprise = Fixtures.register("ENTERPRISE", "450200");
        String key = UUID.randomUUID().toString();
        var draft = Fixtures.partnership(university, enterprise);

        List<Response> answers = Parallel.run(6, i -> given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(draft)
                .post("/api/v1/partnerships"));

        answers.forEach(answer -> assertEquals(201, answer.statusCode(), answer.asString()));
        assertEquals(
                1,
                answers.stream()
                        .map(answer -> answer.header("Location"))
                        .distinct()
                        .count());
        given().queryParam("organization", university)
                .get("/api/v1/partnerships")
                .then()
                .body("totalItems", equalTo(1));
    }

    /** The modes are a set: a retry that lists them in another order is the same request (in any JVM). */
    @Test
    void aRetryListingASetInAnotherOrderIsTheSameRequest() {
        String university = Fixtures.register("UNIVERSITY", "450200");
        String enterprise = Fixtures.register("ENTERPRISE", "450200");
        String key = UUID.randomUUID().toString();
        Map<String, Object> draft = new HashMap<>(Fixtures.partnership(university, enterprise));
        draft.put("modes", List.of("TALENT", "INNOVATION", "CULTURE"));
        Response first = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(draft)
                .post("/api/v1/partnerships");
        draft.put("modes", List.of("CULTURE", "INNOVATION", "TALENT"));
        Response retry = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(draft)
                .post("/api/v1/partnerships");

        assertEquals(201, retry.statusCode(), retry.asString());
        assertEquals(first.header("Location"), retry.header("Location"));
    }

    @Test
    void aRetriedActivationTakesOneVersionStepAndAnswersItsToken() {
        String partnership =
                Fixtures.draft(Fixtures.register("UNIVERSITY", "450200"), Fixtures.register("ENTERPRISE", "450200"));
        String key = UUID.randomUUID().toString();

        Response first =
                given().header("Idempotency-Key", key).post("/api/v1/partnerships/" + partnership + "/activate");
        Response retry =
                given().header("Idempotency-Key", key).post("/api/v1/partnerships/" + partnership + "/activate");

        assertEquals(200, first.statusCode(), first.asString());
        assertEquals(200, retry.statusCode(), retry.asString());
        assertEquals("\"2\"", retry.header("ETag"));
        assertEquals("partnership=" + partnership + ";version=2", first.header("Gongjian-Consistency"));
        assertEquals(first.header("Gongjian-Consistency"), retry.header("Gongjian-Consistency"));
        assertEquals("true", retry.header("Idempotent-Replayed"));
        given().get("/api/v1/partnerships/" + partnership)
                .then()
                .header("ETag", "\"2\"")
                .header("Gongjian-Consistency", "partnership=" + partnership + ";version=2");
    }

    @Test
    void theSameKeyOnAnotherCommandIs422() {
        String partnership =
                Fixtures.draft(Fixtures.register("UNIVERSITY", "450200"), Fixtures.register("ENTERPRISE", "450200"));
        String key = UUID.randomUUID().toString();
        given().header("Idempotency-Key", key)
                .post("/api/v1/partnerships/" + partnership + "/activate")
                .then()
                .statusCode(200);

        given().header("Idempotency-Key", key)
                .post("/api/v1/partnerships/" + partnership + "/suspend")
                .then()
                .statusCode(422)
                .body("field", equalTo("Idempotency-Key"));
        given().get("/api/v1/partnerships/" + partnership).then().body("status", equalTo("ACTIVE"));
    }
}
