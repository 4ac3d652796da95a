package io.gongjian.activity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.activity.application.PartnershipViews;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A client that activates a partnership and at once logs a record for it, sending the activation's
 * Gongjian-Consistency token, is judged against the activation: never a spurious 409 ("DRAFT") or 422 ("no
 * partnership in your scope") while the activation's event is on its way. The event goes through the real broker
 * and consumer, published at the moment the record is posted, as the partnership service's relay would.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class ReadYourWritesTest {

    static final int SEQUENCES = 40;

    @Inject
    PartnershipViews views;

    @Inject
    BusinessCalendar calendar;

    @Test
    void aRecordLoggedRightAfterAnActivationWithItsTokenIsNeverRefused() {
        List<String> refusals = new ArrayList<>();
        for (int i = 0; i < SEQUENCES; i++) {
            UUID university = UUID.randomUUID();
            UUID enterprise = UUID.randomUUID();
            UUID partnership = Partnerships.known(views, "DRAFT", "450200", university, enterprise);
            // The activation (version 2) is committed in the partnership service; its event is still on its way.
            TestEvents.publish(TestEvents.partnership(partnership, 2, "ACTIVE", "450200", university, enterprise));
            int status = given().contentType(ContentType.JSON)
                    .header("Gongjian-Consistency", "partnership=" + partnership + ";version=2")
                    .body(activity(partnership))
                    .post("/api/v1/activities")
                    .statusCode();
            if (status != 201) {
                refusals.add(partnership + ": " + status);
            }
        }
        assertEquals(List.of(), refusals);
    }

    @Test
    void aPartnershipTheServiceHasNeverSeenIsWaitedForWithItsToken() {
        UUID partnership = UUID.randomUUID();
        TestEvents.publish(
                TestEvents.partnership(partnership, 2, "ACTIVE", "450200", UUID.randomUUID(), UUID.randomUUID()));
        given().contentType(ContentType.JSON)
                .header("Gongjian-Consistency", "partnership=" + partnership + ";version=2")
                .body(activity(partnership))
                .post("/api/v1/activities")
                .then()
                .statusCode(201);
    }

    @Test
    void aCopyThatDoesNotCatchUpIs503WithRetryAfterAndChangesNothing() {
        UUID partnership = Partnerships.known(views, "DRAFT", "450200");
        // Version 7 never comes: as if the service's consumer were stopped.
        given().contentType(ContentType.JSON)
                .header("Gongjian-Consistency", "partnership=" + partnership + ";version=7")
                .body(activity(partnership))
                .post("/api/v1/activities")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "2")
                .body("type", equalTo("https://gongjian.io/problems/read-model-behind"))
                .body("field", equalTo("Gongjian-Consistency"))
                .body("detail", containsString("has not yet received version 7"))
                .body("detail", containsString("it knows version 1"));
        given().queryParam("partnership", partnership.toString())
                .get("/api/v1/activities")
                .then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void anUnreadableTokenIs400NamingTheHeader() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        given().contentType(ContentType.JSON)
                .header("Gongjian-Consistency", "version 3")
                .body(activity(partnership))
                .post("/api/v1/activities")
                .then()
                .statusCode(400)
                .body("field", equalTo("Gongjian-Consistency"));
    }

    @Test
    void anOlderTokenThanTheCopyDoesNotWait() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        long started = System.nanoTime();
        given().contentType(ContentType.JSON)
                .header("Gongjian-Consistency", "partnership=" + partnership + ";version=1")
                .body(activity(partnership))
                .post("/api/v1/activities")
                .then()
                .statusCode(201);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(true, millis < 2_000, "took " + millis + " ms");
    }

    private Map<String, Object> activity(UUID partnership) {
        return ActivityBodies.activity(partnership, calendar);
    }
}
