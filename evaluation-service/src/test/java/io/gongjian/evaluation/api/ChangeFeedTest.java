package io.gongjian.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.Published;
import io.gongjian.evaluation.Scores;
import io.gongjian.evaluation.infrastructure.WindowShiftJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A bureau's system following the change feed with its cursor while records, evaluator inputs, a window shift and a
 * status change happen: it sees every change of the current scores once, in order, and only its region's.
 */
@QuarkusTest
class ChangeFeedTest {

    @Inject
    BusinessCalendar calendar;

    @Inject
    WindowShiftJob windowShift;

    @Inject
    EntityManager entityManager;

    @Test
    void aFollowerSeesEveryChangeOnceInOrderWhileChangesHappen() throws Exception {
        String start = end("admin");
        UUID university = UUID.randomUUID();
        UUID enterprise = UUID.randomUUID();
        Published.organization(university, 1, 20);
        Published.organization(enterprise, 1, 10);
        UUID partnership = UUID.randomUUID();
        UUID shenzhen = Published.partnership("440300");

        AtomicBoolean done = new AtomicBoolean();
        List<Map<String, Object>> followed = new ArrayList<>();
        CompletableFuture<Void> follower = CompletableFuture.runAsync(() -> {
            String cursor = start;
            while (!done.get()) {
                JsonPath page = page("admin", cursor, 3); // small pages: the cursor carries the follower across
                followed.addAll(page.getList("items"));
                cursor = page.getString("next");
            }
            JsonPath rest = page("admin", cursor, 500);
            followed.addAll(rest.getList("items"));
        });

        Published.partnership(partnership, 1, "ACTIVE", "450200", university, enterprise, Map.of());
        UUID activity = UUID.randomUUID();
        Published.activity(activity, partnership, 1, false, calendar.today(), 6, 3);
        Scores.await(
                partnership, s -> s.getList("indicators.recordIds.flatten()").contains(activity.toString()));
        String assessment = Scores.assess(
                partnership, "ORG_CONSTRUCTION", 80, calendar.today().minusDays(1));
        LocalDate today = calendar.today();
        windowShift.moveWindows(today.plusYears(2)); // every record leaves the window
        windowShift.moveWindows(today);
        Published.partnership(partnership, 2, "SUSPENDED", "450200", university, enterprise, Map.of());
        Scores.await(partnership, s -> true);
        awaitEntry(start, partnership, "SUSPENDED");
        done.set(true);
        follower.get(60, TimeUnit.SECONDS);

        List<Map<String, Object>> all = page("admin", start, 500).getList("items");
        assertEquals(all, followed, "the follower saw exactly what the feed holds, once, in the same order");
        List<Map<String, Object>> ours = ofPartnership(followed, partnership);
        List<String> causes = ours.stream()
                .map(change -> change.get("cause") + " " + change.get("causeReference"))
                .toList();
        assertTrue(causes.contains("PARTNERSHIP partnerships/" + partnership), causes.toString());
        assertTrue(causes.contains("RECORD activities/" + activity), causes.toString());
        assertTrue(causes.contains("INPUT assessment/" + assessment), causes.toString());
        assertEquals(
                2,
                causes.stream()
                        .filter(cause -> cause.startsWith("WINDOW_SHIFT"))
                        .count(),
                causes.toString());
        Map<String, Object> last = ours.get(ours.size() - 1);
        assertEquals("SUSPENDED", last.get("status"));
        assertEquals(List.of("status"), last.get("changed"));
        for (int i = 1; i < ours.size(); i++) {
            assertFalse(
                    OffsetDateTime.parse((String) ours.get(i).get("changedAt")).isBefore(OffsetDateTime.parse((String)
                            ours.get(i - 1).get("changedAt"))),
                    "a partnership's changes come in the order they happened");
        }
        // The Guangxi bureau sees its region's changes, not Shenzhen's; the Shenzhen bureau not Guangxi's.
        List<Map<String, Object>> guangxi = page("gx-bureau", start, 500).getList("items");
        assertEquals(ours, ofPartnership(guangxi, partnership));
        assertEquals(List.of(), ofPartnership(guangxi, shenzhen));
        assertTrue(guangxi.stream().allMatch(change -> ((String) change.get("regionCode")).startsWith("45")));
        assertEquals(List.of(), ofPartnership(page("sz-bureau", start, 500).getList("items"), partnership));
    }

    @Test
    void aCursorOlderThanTheRetentionIs410WithWhatToDo() {
        long purgedThrough = horizon();
        String cursor = end("admin");
        setHorizon(purgedThrough + 1_000_000);
        try {
            // A fresh start (no cursor) is never too old.
            page("admin", null, 1);
            given().auth()
                    .oauth2(Scores.token("admin"))
                    .queryParam("after", cursor)
                    .get("/api/v1/evaluation/changes")
                    .then()
                    .statusCode(410)
                    .contentType("application/problem+json")
                    .body("field", equalTo("after"))
                    .body("detail", org.hamcrest.Matchers.containsString("resynchronise"));
        } finally {
            setHorizon(purgedThrough);
        }
    }

    @Test
    void unreadableCursorsAndLimitsAreTheCallersMistakeAndViewersHaveNoFeed() {
        given().auth()
                .oauth2(Scores.token("admin"))
                .queryParam("after", "not-a-cursor")
                .get("/api/v1/evaluation/changes")
                .then()
                .statusCode(400)
                .body("field", equalTo("after"));
        given().auth()
                .oauth2(Scores.token("admin"))
                .queryParam("limit", 501)
                .get("/api/v1/evaluation/changes")
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(Scores.token("viewer"))
                .get("/api/v1/evaluation/changes")
                .then()
                .statusCode(403);
    }

    /** The cursor after everything the feed holds now. */
    static String end(String user) {
        String cursor = null;
        while (true) {
            JsonPath page = page(user, cursor, 500);
            cursor = page.getString("next");
            if (page.getList("items").isEmpty()) {
                return cursor;
            }
        }
    }

    static JsonPath page(String user, String after, int limit) {
        var request = given().auth().oauth2(Scores.token(user)).queryParam("limit", limit);
        if (after != null) {
            request.queryParam("after", after);
        }
        return request.get("/api/v1/evaluation/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void awaitEntry(String start, UUID partnership, String status) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> ofPartnership(page("admin", start, 500).getList("items"), partnership).stream()
                        .anyMatch(change -> status.equals(change.get("status"))));
    }

    private static List<Map<String, Object>> ofPartnership(List<Map<String, Object>> changes, UUID partnership) {
        return changes.stream()
                .filter(change -> partnership.toString().equals(change.get("partnershipId")))
                .toList();
    }

    private long horizon() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                        .createNativeQuery("SELECT purged_through FROM change_feed_horizon")
                        .getSingleResult())
                .longValue());
    }

    private void setHorizon(long position) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE change_feed_horizon SET purged_through = :p")
                .setParameter("p", position)
                .executeUpdate());
    }
}
