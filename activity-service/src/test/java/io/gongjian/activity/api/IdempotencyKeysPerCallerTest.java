package io.gongjian.activity.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.gongjian.activity.application.PartnershipViews;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With real tokens from Keycloak: an Idempotency-Key is the caller's own (the token's subject). Two organisation
 * admins who happen to send the same key log two records; each one's retry replays its own answer.
 */
@QuarkusTest
class IdempotencyKeysPerCallerTest {

    static final UUID LZZY = UUID.fromString("45020000-0000-4000-8000-000000000001");
    static final UUID GXQC = UUID.fromString("45020000-0000-4000-8000-000000000002");

    @Inject
    PartnershipViews views;

    @Inject
    BusinessCalendar calendar;

    @Test
    void theSameKeyFromTwoCallersIsTwoWrites() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200", LZZY, GXQC);
        Map<String, Object> activity = ActivityBodies.activity(partnership, calendar);
        String university = Tokens.forUser("lzzy-admin");
        String enterprise = Tokens.forUser("gxqc-admin");
        String key = UUID.randomUUID().toString();

        Response byUniversity = post(university, key, activity);
        Response byEnterprise = post(enterprise, key, activity);
        Response universityRetry = post(university, key, activity);

        assertEquals(201, byUniversity.statusCode(), byUniversity.asString());
        assertEquals(201, byEnterprise.statusCode(), byEnterprise.asString());
        assertNotEquals(byUniversity.header("Location"), byEnterprise.header("Location"));
        assertEquals(byUniversity.header("Location"), universityRetry.header("Location"));
        assertEquals("true", universityRetry.header("Idempotent-Replayed"));
        assertEquals(
                2,
                given().auth()
                        .oauth2(university)
                        .queryParam("partnership", partnership.toString())
                        .get("/api/v1/activities")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<Integer>path("totalItems"));
    }

    private static Response post(String token, String key, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/activities");
    }
}
