package io.gongjian.activity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.activity.application.PartnershipViews;
import io.gongjian.commons.time.BusinessCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A record's external reference, the caller's own id for it (issue 14): recording again under it is idempotent, a
 * different content under it is refused naming the record, and parallel recordings under one reference have the
 * effect of one after another.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class ExternalRefTest {

    private static final int RECORDERS = 8;

    @Inject
    PartnershipViews views;

    @Inject
    BusinessCalendar calendar;

    @Test
    void recordingAgainWithTheSameContentChangesNothingAndAnswersTheRecord() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        Map<String, Object> body = activity(partnership, "OA-2026-0001");
        String id = given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/activities")
                .then()
                .statusCode(201)
                .body("externalRef", equalTo("OA-2026-0001"))
                .extract()
                .path("id");

        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/activities")
                .then()
                .statusCode(200)
                .header("Content-Location", endsWith("/api/v1/activities/" + id))
                .header("ETag", equalTo("\"1\""))
                .body("id", equalTo(id))
                .body("externalRef", equalTo("OA-2026-0001"));

        given().get("/api/v1/activities/" + id + "/history")
                .then()
                .statusCode(200)
                .body("$", hasSize(1));
        given().queryParam("externalRef", "OA-2026-0001")
                .queryParam("partnership", partnership.toString())
                .get("/api/v1/activities")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(id));
    }

    @Test
    void anotherContentUnderTheReferenceIsRefusedNamingTheRecordToAmend() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        Map<String, Object> body = activity(partnership, "OA-2026-0002");
        String id = given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/activities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        body.put("attendance", 80);
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/activities")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("field", equalTo("externalRef"))
                .body("existingId", equalTo(id))
                .body("currentVersion", equalTo(1));

        // The reference is per partnership: another partnership may use it for its own record.
        UUID other = Partnerships.known(views, "ACTIVE", "450200");
        given().contentType(ContentType.JSON)
                .body(activity(other, "OA-2026-0002"))
                .post("/api/v1/activities")
                .then()
                .statusCode(201);

        // It cannot change by amendment, and an amendment that repeats it is fine.
        body.put("externalRef", "OA-2026-9999");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(body)
                .put("/api/v1/activities/" + id)
                .then()
                .statusCode(422)
                .body("field", equalTo("externalRef"));
        body.put("externalRef", "OA-2026-0002");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(body)
                .put("/api/v1/activities/" + id)
                .then()
                .statusCode(200)
                .body("attendance", equalTo(80))
                .body("externalRef", equalTo("OA-2026-0002"));
    }

    @Test
    void aBlankReferenceIsNoneAndATooLongOneIsRefused() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        given().contentType(ContentType.JSON)
                .body(activity(partnership, "  "))
                .post("/api/v1/activities")
                .then()
                .statusCode(201)
                .body("externalRef", nullValue());
        given().contentType(ContentType.JSON)
                .body(activity(partnership, "x".repeat(101)))
                .post("/api/v1/activities")
                .then()
                .statusCode(422)
                .body("field", equalTo("externalRef"));
    }

    @Test
    void parallelRecordingsUnderOneReferenceMakeOneRecord() throws Exception {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        List<Response> same = together(i -> activity(partnership, "OA-2026-SAME"));
        assertEquals(
                Map.of(201, 1L, 200, (long) RECORDERS - 1),
                same.stream().collect(Collectors.groupingBy(Response::statusCode, Collectors.counting())));
        assertEquals(1, same.stream().map(r -> r.path("id")).distinct().count());

        List<Response> differing = together(i -> {
            Map<String, Object> body = activity(partnership, "OA-2026-DIFF");
            body.put("attendance", 40 + i);
            return body;
        });
        assertEquals(
                Map.of(201, 1L, 409, (long) RECORDERS - 1),
                differing.stream().collect(Collectors.groupingBy(Response::statusCode, Collectors.counting())));
        given().queryParam("partnership", partnership.toString())
                .get("/api/v1/activities")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2));
    }

    private interface Body {
        Map<String, Object> of(int recorder);
    }

    /** Posts {@link #RECORDERS} activities at once, released together by a barrier. */
    private static List<Response> together(Body body) throws Exception {
        CyclicBarrier start = new CyclicBarrier(RECORDERS);
        ExecutorService pool = Executors.newFixedThreadPool(RECORDERS);
        try {
            List<Future<Response>> posts = new ArrayList<>();
            for (int i = 0; i < RECORDERS; i++) {
                Map<String, Object> request = body.of(i);
                posts.add(pool.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).body(request).post("/api/v1/activities");
                }));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> post : posts) {
                answers.add(post.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, Object> activity(UUID partnership, String externalRef) {
        Map<String, Object> body = ActivityBodies.activity(partnership, calendar);
        body.put("externalRef", externalRef);
        return body;
    }
}
