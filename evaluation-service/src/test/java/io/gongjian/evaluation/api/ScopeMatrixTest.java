package io.gongjian.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.Published;
import io.gongjian.evaluation.Scores;
import io.gongjian.testing.AccessMatrix;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every evaluation endpoint × every role × in and out of scope, with real Keycloak tokens. P45 is a Liuzhou
 * partnership of lzzy-admin's and gxqc-admin's organisations (region 450200); P44 one in Shenzhen (440305).
 * Writes that pass the scope check fail harmlessly afterwards (stale If-Match → 412, no reason → 422).
 */
@QuarkusTest
class ScopeMatrixTest {

    // admin, gx-bureau, sz-bureau, lzzy-admin, gxqc-admin, viewer
    static final int[] SCORE_P45 = {200, 200, 404, 200, 200, 200};
    static final int[] SCORE_P44 = {200, 404, 200, 404, 404, 200};
    static final int[] DETAILS_P45 = {200, 200, 404, 200, 200, 403};
    static final int[] DETAILS_P44 = {200, 404, 200, 404, 404, 403};
    // A Liuzhou draft of the same parties: its scores are not published, a viewer cannot tell it exists.
    static final int[] DRAFT_P45 = {200, 200, 404, 200, 200, 404};

    @Inject
    BusinessCalendar calendar;

    private static Map<String, String> p45;
    private static Map<String, String> p44;
    private static UUID draft;

    @BeforeEach
    void oneInputOfEachKindInBothPartnerships() {
        if (p45 != null) {
            return;
        }
        UUID liuzhou = UUID.randomUUID();
        Published.partnership(
                liuzhou,
                1,
                "ACTIVE",
                "450200",
                UUID.fromString(AccessMatrix.LZZY),
                UUID.fromString(AccessMatrix.GXQC),
                Map.of());
        UUID shenzhen = Published.partnership("440305");
        draft = UUID.randomUUID();
        Published.partnership(
                draft,
                1,
                "DRAFT",
                "450200",
                UUID.fromString(AccessMatrix.LZZY),
                UUID.fromString(AccessMatrix.GXQC),
                Map.of());
        Scores.await(draft, s -> s.getString("grade") != null);
        Scores.await(liuzhou, s -> s.getString("grade") != null);
        Scores.await(shenzhen, s -> s.getString("grade") != null);
        p45 = inputs(liuzhou);
        p44 = inputs(shenzhen);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRole() {
        AccessMatrix matrix = new AccessMatrix();
        for (var scope : List.of(Map.entry("P45", p45), Map.entry("P44", p44))) {
            boolean liuzhou = scope.getKey().equals("P45");
            Map<String, String> ids = scope.getValue();
            String partnership = "/api/v1/evaluation/partnerships/{id}";
            matrix.expect(
                    "GET " + partnership + "/score",
                    ids.get("partnership"),
                    scope.getKey(),
                    liuzhou ? SCORE_P45 : SCORE_P44);
            matrix.expect(
                    "GET " + partnership + "/score/percentiles",
                    ids.get("partnership"),
                    scope.getKey(),
                    liuzhou ? SCORE_P45 : SCORE_P44);
            matrix.expect(
                    "GET " + partnership + "/history",
                    ids.get("partnership"),
                    scope.getKey(),
                    liuzhou ? DETAILS_P45 : DETAILS_P44);
            for (String collection : List.of("assessments", "surveys", "rectifications")) {
                String one = "/api/v1/evaluation/" + collection + "/{id}";
                String id = ids.get(collection);
                matrix.expect("GET " + one, id, scope.getKey(), liuzhou ? DETAILS_P45 : DETAILS_P44);
                matrix.expect("GET " + one + "/history", id, scope.getKey(), liuzhou ? DETAILS_P45 : DETAILS_P44);
                matrix.expect(
                        "PUT " + one, id, scope.getKey(), record(liuzhou, 412, 404), request -> request.contentType(
                                        ContentType.JSON)
                                .header("If-Match", "\"0\"")
                                .body(body(collection, ids.get("partnership"))));
                matrix.expect("DELETE " + one, id, scope.getKey(), record(liuzhou, 422, 404));
                matrix.expect(
                        "POST /api/v1/evaluation/" + collection,
                        null,
                        scope.getKey(),
                        record(liuzhou, 201, 422),
                        request ->
                                request.contentType(ContentType.JSON).body(body(collection, ids.get("partnership"))));
            }
            // Designating a benchmark: bureau officers and admins only; refused after the scope check, as neither
            // partnership is graded GOOD.
            matrix.expect(
                    "POST /api/v1/evaluation/benchmarks",
                    null,
                    scope.getKey(),
                    liuzhou ? new int[] {422, 422, 404, 403, 403, 403} : new int[] {422, 404, 422, 403, 403, 403},
                    request -> request.contentType(ContentType.JSON)
                            .body(Map.of(
                                    "partnershipId",
                                    ids.get("partnership"),
                                    "validFrom",
                                    "2026-01-01",
                                    "validUntil",
                                    "2026-12-31",
                                    "citation",
                                    "示范")));
            // Completing: the parties' organisation admins too. completedOn before raisedOn fails after the check.
            matrix.expect(
                    "POST /api/v1/evaluation/rectifications/{id}/complete",
                    ids.get("rectifications"),
                    scope.getKey(),
                    liuzhou ? new int[] {422, 422, 404, 422, 422, 403} : new int[] {422, 404, 422, 404, 404, 403},
                    request -> request.contentType(ContentType.JSON).body(Map.of("completedOn", "2000-01-01")));
        }
        for (String view : List.of("score", "history")) {
            matrix.expect("GET /api/v1/evaluation/partnerships/{id}/" + view, draft.toString(), "P45 draft", DRAFT_P45);
        }
        for (String collection : List.of("assessments", "surveys", "rectifications", "warnings")) {
            matrix.expect(
                    "GET /api/v1/evaluation/" + collection, null, "list", new int[] {200, 200, 200, 200, 200, 403});
        }
        matrix.expect(
                "GET /api/v1/evaluation/rankings?region=45", null, "Guangxi", new int[] {200, 200, 404, 403, 403, 200});
        matrix.expect(
                "GET /api/v1/evaluation/rankings?region=4403", null, "Shenzhen", new int[] {200, 404, 200, 403, 403, 200
                });
        matrix.expect("GET /api/v1/evaluation/rankings", null, "own region", new int[] {200, 200, 200, 403, 403, 200});
        // What-if rankings: scoped as rankings are, the region in the body.
        for (var region : List.of(
                Map.entry("Guangxi", new int[] {200, 200, 404, 403, 403, 200}),
                Map.entry("Shenzhen", new int[] {200, 404, 200, 403, 403, 200}))) {
            String prefix = region.getKey().equals("Guangxi") ? "45" : "4403";
            matrix.expect(
                    "POST /api/v1/evaluation/rankings/what-if",
                    null,
                    region.getKey(),
                    region.getValue(),
                    request -> request.contentType(ContentType.JSON)
                            .body(Map.of("region", prefix, "scheme", WhatIfApiTest.innovationTwice())));
        }
        matrix.expect(
                "POST /api/v1/evaluation/weight-schemes/consistency",
                null,
                "any matrix",
                new int[] {200, 200, 200, 403, 403, 403},
                request -> request.contentType(ContentType.JSON)
                        .body(Map.of(
                                "pairwiseComparisons", WhatIfApiTest.upperTriangle(1, 1, 1, 1, 1, 1, 1, 1, 1, 1))));
        matrix.expect("GET /api/v1/evaluation/benchmarks", null, "public", new int[] {200, 200, 200, 200, 200, 200});
        matrix.expect("GET /api/v1/evaluation/indicators", null, "catalogue", new int[] {200, 200, 200, 200, 200, 200});
        matrix.expect("GET /api/v1/evaluation/labels", null, "labels", new int[] {200, 200, 200, 200, 200, 200});
        matrix.expect(
                "POST /api/v1/evaluation/read-model/rebuild", null, "all", new int[] {200, 403, 403, 403, 403, 403});
        matrix.expect("GET /api/v1/evaluation/read-model/rebuilds/" + UUID.randomUUID(), null, "none there", new int[] {
            404, 403, 403, 403, 403, 403
        });
        return matrix.tests().stream();
    }

    @Test
    void listsAndRankingsOnlyEverContainWhatTheCallerMaySee() {
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .queryParam("size", 100)
                .get("/api/v1/evaluation/assessments")
                .then()
                .body("items.id", hasItem(p45.get("assessments")))
                .body("items.id", not(hasItem(p44.get("assessments"))));
        given().auth()
                .oauth2(Scores.token("lzzy-admin"))
                .queryParam("size", 100)
                .get("/api/v1/evaluation/rectifications")
                .then()
                .body("items.id", hasItem(p45.get("rectifications")))
                .body("items.id", not(hasItem(p44.get("rectifications"))));
        given().auth()
                .oauth2(Scores.token("sz-bureau"))
                .queryParam("size", 100)
                .get("/api/v1/evaluation/rankings")
                .then()
                .body("items.partnershipId", hasItem(p44.get("partnership")))
                .body("items.partnershipId", not(hasItem(p45.get("partnership"))));
    }

    /** A draft's score, history and ranking place answer a viewer exactly as an unknown id does (issue 11). */
    @Test
    void aViewerCannotTellADraftFromAnUnknownPartnership() {
        for (String view : List.of("score", "history")) {
            String path = "/api/v1/evaluation/partnerships/{id}/" + view;
            UUID unknownId = UUID.randomUUID();
            var unknown = given().auth().oauth2(Scores.token("viewer")).get(path, unknownId);
            assertEquals(404, unknown.statusCode());
            assertEquals("partnership " + unknownId + " does not exist", unknown.path("detail"));
            given().auth()
                    .oauth2(Scores.token("viewer"))
                    .get(path, draft)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo(unknown.path("type")))
                    .body("title", equalTo(unknown.path("title")))
                    .body("detail", equalTo("partnership " + draft + " does not exist"));
        }
        given().auth()
                .oauth2(Scores.token("viewer"))
                .queryParam("size", 100)
                .get("/api/v1/evaluation/rankings?region=4502")
                .then()
                .statusCode(200)
                .body("items.partnershipId", hasItem(p45.get("partnership")))
                .body("items.partnershipId", not(hasItem(draft.toString())));
    }

    /** Bureau officers of the region and admins pass the check; organisation admins may only read; viewers nothing. */
    private static int[] record(boolean liuzhou, int passed, int outOfScope) {
        return liuzhou
                ? new int[] {passed, passed, outOfScope, 403, 403, 403}
                : new int[] {passed, outOfScope, passed, outOfScope, outOfScope, 403};
    }

    private Map<String, String> inputs(UUID partnership) {
        Map<String, String> ids = new HashMap<>();
        ids.put("partnership", partnership.toString());
        for (String collection : List.of("assessments", "surveys", "rectifications")) {
            ids.put(
                    collection,
                    given().auth()
                            .oauth2(Scores.token("admin"))
                            .contentType(ContentType.JSON)
                            .body(body(collection, partnership.toString()))
                            .post("/api/v1/evaluation/" + collection)
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));
        }
        return ids;
    }

    private Map<String, Object> body(String collection, String partnership) {
        LocalDate today = calendar.today();
        return switch (collection) {
            case "assessments" -> Map.of(
                    "partnershipId",
                    partnership,
                    "kind",
                    "ORG_CONSTRUCTION",
                    "score",
                    80,
                    "assessedOn",
                    today.toString());
            case "surveys" -> Map.of(
                    "partnershipId",
                    partnership,
                    "kind",
                    "SATISFACTION",
                    "side",
                    "UNIVERSITY",
                    "collectedOn",
                    today.toString(),
                    "respondents",
                    20,
                    "mean",
                    85);
            default -> Map.of("partnershipId", partnership, "issue", "整改事项", "raisedOn", today.toString());
        };
    }
}
