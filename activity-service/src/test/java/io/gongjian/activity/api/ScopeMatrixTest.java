package io.gongjian.activity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.activity.application.PartnershipViews;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.testing.AccessMatrix;
import io.gongjian.testing.ExportedLists;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every record endpoint × every role × in and out of scope, with real Keycloak tokens. P45 is the Liuzhou
 * partnership of lzzy-admin's and gxqc-admin's organisations (region 450200); P44 one in Shenzhen (440305).
 * Writes that pass the scope check fail harmlessly afterwards (stale If-Match → 412, no reason → 422).
 */
@QuarkusTest
class ScopeMatrixTest {

    static final int[] READ_P45 = {200, 200, 404, 200, 200, 403};
    static final int[] READ_P44 = {200, 404, 200, 404, 404, 403};

    @Inject
    PartnershipViews views;

    @Inject
    BusinessCalendar calendar;

    private final AccessMatrix access = new AccessMatrix();
    private static Map<String, String> p45;
    private static Map<String, String> p44;

    @BeforeEach
    void logOneRecordOfEachKindInBothPartnerships() {
        if (p45 != null) {
            return;
        }
        UUID liuzhou = Partnerships.known(
                views, "ACTIVE", "450200", UUID.fromString(AccessMatrix.LZZY), UUID.fromString(AccessMatrix.GXQC));
        UUID shenzhen = Partnerships.known(views, "ACTIVE", "440305");
        p45 = records(liuzhou);
        p44 = records(shenzhen);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRole() {
        AccessMatrix matrix = new AccessMatrix();
        for (String collection : List.of("activities", "exchanges", "achievements", "facilities")) {
            String one = "/api/v1/" + collection + "/{id}";
            for (var scope : List.of(Map.entry("P45", p45), Map.entry("P44", p44))) {
                boolean liuzhou = scope.getKey().equals("P45");
                int[] read = liuzhou ? READ_P45 : READ_P44;
                String id = scope.getValue().get(collection);
                matrix.expect("GET " + one, id, scope.getKey(), read);
                matrix.expect("GET " + one + "/history", id, scope.getKey(), read);
                matrix.expect("PUT " + one, id, scope.getKey(), write(liuzhou, 412), request -> request.contentType(
                                ContentType.JSON)
                        .header("If-Match", "\"0\"")
                        .body(body(collection, UUID.fromString(scope.getValue().get("partnership")))));
                matrix.expect("DELETE " + one, id, scope.getKey(), write(liuzhou, 422));
                matrix.expect(
                        "POST /api/v1/" + collection,
                        null,
                        scope.getKey(),
                        log(liuzhou),
                        request -> request.contentType(ContentType.JSON)
                                .body(body(
                                        collection,
                                        UUID.fromString(scope.getValue().get("partnership")))));
            }
            matrix.expect("GET /api/v1/" + collection, null, "list", new int[] {200, 200, 200, 200, 200, 403});
        }
        for (var scope : List.of(Map.entry("P45", p45), Map.entry("P44", p44))) {
            boolean liuzhou = scope.getKey().equals("P45");
            String facility = scope.getValue().get("facilities");
            matrix.expect("GET /api/v1/facilities/{id}/usage", facility, scope.getKey(), liuzhou ? READ_P45 : READ_P44);
            matrix.expect(
                    "POST /api/v1/facilities/{id}/close",
                    facility,
                    scope.getKey(),
                    write(liuzhou, 412),
                    request -> request.contentType(ContentType.JSON)
                            .header("If-Match", "\"0\"")
                            .body(Map.of("closedOn", calendar.today().toString())));
            String conversions = "/api/v1/achievements/" + scope.getValue().get("achievements") + "/conversions";
            matrix.expect("GET " + conversions, null, scope.getKey(), liuzhou ? READ_P45 : READ_P44);
            matrix.expect(
                    "GET " + conversions + "/{id}",
                    scope.getValue().get("conversions"),
                    scope.getKey(),
                    liuzhou ? READ_P45 : READ_P44);
            matrix.expect(
                    "DELETE " + conversions + "/{id}",
                    scope.getValue().get("conversions"),
                    scope.getKey(),
                    write(liuzhou, 422));
            // Recording a conversion starts from the achievement: out of scope it is not found.
            matrix.expect(
                    "POST " + conversions,
                    null,
                    scope.getKey(),
                    liuzhou ? new int[] {201, 403, 404, 201, 201, 403} : new int[] {201, 404, 403, 404, 404, 403},
                    request -> request.contentType(ContentType.JSON).body(conversion()));
        }
        return matrix.tests().stream();
    }

    @Test
    void listsOnlyEverContainWhatTheCallerMaySee() {
        given().auth()
                .oauth2(access.token("gx-bureau"))
                .queryParam("size", 100)
                .get("/api/v1/activities")
                .then()
                .body("items.id", hasItem(p45.get("activities")))
                .body("items.id", not(hasItem(p44.get("activities"))));
        given().auth()
                .oauth2(access.token("sz-bureau"))
                .queryParam("size", 100)
                .get("/api/v1/exchanges")
                .then()
                .body("items.id", hasItem(p44.get("exchanges")))
                .body("items.id", not(hasItem(p45.get("exchanges"))));
        given().auth()
                .oauth2(access.token("lzzy-admin"))
                .queryParam("size", 100)
                .get("/api/v1/achievements")
                .then()
                .body("items.id", hasItem(p45.get("achievements")))
                .body("items.id", not(hasItem(p44.get("achievements"))));
        given().auth()
                .oauth2(access.token("gxqc-admin"))
                .queryParam("size", 100)
                .get("/api/v1/facilities")
                .then()
                .body("items.id", hasItem(p45.get("facilities")))
                .body("items.id", not(hasItem(p44.get("facilities"))));
    }

    @Test
    void exportsHoldTheRowsOfTheJsonListsOfTheCallersOwnScope() {
        for (String collection : List.of("activities", "exchanges", "achievements", "facilities")) {
            List<String> liuzhou = ExportedLists.assertSameRowsAsJson(
                    () -> given().auth().oauth2(access.token("gx-bureau")),
                    "/api/v1/" + collection,
                    Map.of(),
                    "id",
                    "编号 id");
            assertTrue(liuzhou.contains(p45.get(collection)), collection);
            assertFalse(liuzhou.contains(p44.get(collection)), collection);
            List<String> shenzhen = ExportedLists.assertSameRowsAsJson(
                    () -> given().auth().oauth2(access.token("sz-bureau")),
                    "/api/v1/" + collection,
                    Map.of("partnership", p44.get("partnership"), "sort", "status"),
                    "id",
                    "编号 id");
            assertTrue(shenzhen.contains(p44.get(collection)), collection);
            assertFalse(shenzhen.contains(p45.get(collection)), collection);
        }
        ExportedLists.assertSameRowsAsJson(
                () -> given().auth().oauth2(access.token("lzzy-admin")),
                "/api/v1/achievements/" + p45.get("achievements") + "/conversions",
                Map.of(),
                "id",
                "编号 id");
        // Another region's conversions are not found, as a problem rather than an empty file.
        given().auth()
                .oauth2(access.token("sz-bureau"))
                .accept(ExportedLists.CSV)
                .get("/api/v1/achievements/" + p45.get("achievements") + "/conversions")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anExportedActivityShowsItsFieldsWithTheirChineseLabels() {
        byte[] csv = given().auth()
                .oauth2(access.token("lzzy-admin"))
                .queryParam("partnership", p45.get("partnership"))
                .queryParam("type", "SYMPOSIUM")
                .accept(ExportedLists.CSV)
                .get("/api/v1/activities")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("activities-" + calendar.today() + ".csv"))
                .extract()
                .asByteArray();
        List<List<String>> rows = ExportedLists.csvRows(csv);
        int row = ExportedLists.column(rows, "编号 id").indexOf(p45.get("activities")) + 1;
        assertEquals("座谈会", ExportedLists.column(rows, "标题 title").get(row - 1));
        assertEquals("组织共建·资源共享", ExportedLists.column(rows, "共建模式 mode").get(row - 1));
        assertEquals("校方", ExportedLists.column(rows, "组织方 organising side").get(row - 1));
        assertEquals("有效", ExportedLists.column(rows, "状态 status").get(row - 1));
        assertEquals(
                calendar.today().toString(),
                ExportedLists.column(rows, "日期 occurred on").get(row - 1));
        assertEquals("12", ExportedLists.column(rows, "参加人数 attendance").get(row - 1));
    }

    /** Allowed callers get {@code passed} (the write fails after the scope check), the others 403 or 404. */
    private static int[] write(boolean liuzhou, int passed) {
        return liuzhou
                ? new int[] {passed, 403, 404, passed, passed, 403}
                : new int[] {passed, 404, 403, 404, 404, 403};
    }

    /** Logging names the partnership in the body: out of scope it is "no partnership in your scope" (422). */
    private static int[] log(boolean liuzhou) {
        return liuzhou ? new int[] {201, 403, 422, 201, 201, 403} : new int[] {201, 422, 403, 422, 422, 403};
    }

    private Map<String, String> records(UUID partnership) {
        String admin = access.token("admin");
        Map<String, String> ids = new java.util.HashMap<>(Map.of("partnership", partnership.toString()));
        for (String collection : List.of("activities", "exchanges", "achievements", "facilities")) {
            ids.put(
                    collection,
                    given().auth()
                            .oauth2(admin)
                            .contentType(ContentType.JSON)
                            .body(body(collection, partnership))
                            .post("/api/v1/" + collection)
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));
        }
        ids.put(
                "conversions",
                given().auth()
                        .oauth2(admin)
                        .contentType(ContentType.JSON)
                        .body(conversion())
                        .post("/api/v1/achievements/" + ids.get("achievements") + "/conversions")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
        return ids;
    }

    private Map<String, Object> body(String collection, UUID partnership) {
        String today = calendar.today().toString();
        return switch (collection) {
            case "activities" -> Map.ofEntries(
                    Map.entry("partnershipId", partnership),
                    Map.entry("type", "SYMPOSIUM"),
                    Map.entry("mode", "ORGANIZATION"),
                    Map.entry("title", "座谈会"),
                    Map.entry("occurredOn", today),
                    Map.entry("organisingSide", "UNIVERSITY"),
                    Map.entry("universityPartyMembers", 5),
                    Map.entry("enterprisePartyMembers", 5),
                    Map.entry("attendance", 12));
            case "exchanges" -> Map.of(
                    "partnershipId",
                    partnership,
                    "type",
                    "TEACHER_PRACTICE",
                    "direction",
                    "UNIVERSITY_TO_ENTERPRISE",
                    "occurredOn",
                    today,
                    "headcount",
                    2);
            case "facilities" -> Map.of(
                    "partnershipId",
                    partnership,
                    "kind",
                    "TRAINING_ROOM",
                    "name",
                    "人工智能实训室",
                    "mode",
                    "TALENT",
                    "hostSide",
                    "UNIVERSITY",
                    "openedOn",
                    today,
                    "equipmentValue",
                    300);
            default -> Map.of(
                    "partnershipId", partnership, "type", "RESEARCH_OUTPUT", "title", "软件著作权", "registeredOn", today);
        };
    }

    private Map<String, Object> conversion() {
        return Map.of(
                "convertedOn", calendar.today().toString(), "form", "SERVICE", "outputValue", 10, "jobsCreated", 1);
    }
}
