package io.gongjian.partnership.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.testing.AccessMatrix;
import io.gongjian.testing.ExportedLists;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every endpoint × every role × in and out of scope, with real tokens of the realm's demo users from the real
 * Keycloak. Two agreed partnerships: P45 (Liuzhou, region 450200: LZZY × GXQC, the organisations of lzzy-admin and
 * gxqc-admin; drafted by lzzy-admin, confirmed by gxqc-admin) and P44 (Shenzhen, 440305; activated by the
 * Shenzhen bureau). And D45, a draft of lzzy-admin with SZIM, a Shenzhen enterprise it has no agreement with:
 * drafting gives it no sight of SZIM beyond the register. Writes that pass the scope check are made to fail
 * harmlessly afterwards (a stale If-Match → 412, a command the status refuses → 409), so the matrix changes
 * nothing but what it adds.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeMatrixTest {

    static final String LZZY = AccessMatrix.LZZY;
    static final String GXQC = AccessMatrix.GXQC;
    static final String SZPT = "44030000-0000-4000-8000-000000000001";
    static final String SZIM = "44030000-0000-4000-8000-000000000002";

    private final AccessMatrix tokens = new AccessMatrix();
    private String p45;
    private String p44;
    private String d45;

    /** Once, but not in @BeforeAll: Quarkus points REST Assured at the application per test. */
    @BeforeEach
    void createTheTwoPartnerships() {
        if (p45 != null) {
            return;
        }
        register(LZZY, "UNIVERSITY", "450200", Fixtures.UNIVERSITY_CODE);
        register(GXQC, "ENTERPRISE", "450200", Fixtures.ENTERPRISE_CODE);
        register(SZPT, "UNIVERSITY", "440305", "12440300455756211X");
        register(SZIM, "ENTERPRISE", "440306", "91440300MA5F3K2L0P");
        p45 = activePartnership(LZZY, GXQC, "lzzy-admin", "gxqc-admin");
        p44 = activePartnership(SZPT, SZIM, "admin", "sz-bureau");
        d45 = given().auth()
                .oauth2(token("lzzy-admin"))
                .contentType(ContentType.JSON)
                .body(Fixtures.partnership(LZZY, SZIM))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @TestFactory
    Stream<DynamicTest> partnershipEndpoints() {
        List<DynamicTest> tests = new ArrayList<>();
        // Expected status per user for P45 and for P44, in the order of USERS.
        Map<String, int[][]> reads = Map.of(
                "GET /api/v1/partnerships/{id}",
                        new int[][] {{200, 200, 404, 200, 200, 403}, {200, 404, 200, 404, 404, 403}},
                "GET /api/v1/partnerships/{id}/key-projects",
                        new int[][] {{200, 200, 404, 200, 200, 403}, {200, 404, 200, 404, 404, 403}},
                "GET /api/v1/partnerships/{id}/targets",
                        new int[][] {{200, 200, 404, 200, 200, 403}, {200, 404, 200, 404, 404, 403}},
                "GET /api/v1/partnerships/{id}/history",
                        new int[][] {{200, 200, 404, 200, 200, 403}, {200, 404, 200, 404, 404, 403}},
                "GET /api/v1/partnerships/{id}/parties",
                        new int[][] {{200, 200, 404, 200, 200, 403}, {200, 404, 200, 404, 404, 403}});
        reads.forEach((endpoint, expected) -> {
            tests.addAll(matrix(endpoint, p45, expected[0], request -> request));
            tests.addAll(matrix(endpoint, p44, expected[1], request -> request));
            // The draft: its parties and the region's bureau, not the other party's admin of P45.
            tests.addAll(matrix(endpoint, d45, new int[] {200, 200, 404, 200, 404, 403}, request -> request));
        });
        Map<String, Object> agreement = Map.of(
                "title",
                "x",
                "signedOn",
                "2024-01-01",
                "term",
                Map.of("start", "2024-01-01", "end", "2030-01-01"),
                "modes",
                List.of("TALENT"));
        Map<String, Function<RequestSpecification, RequestSpecification>> writes = new HashMap<>();
        writes.put("PUT /api/v1/partnerships/{id}", request -> stale(request).body(agreement));
        writes.put("PUT /api/v1/partnerships/{id}/targets", request -> stale(request)
                .body(Map.of("INN_PRACTICES", 1)));
        writes.put(
                "PUT /api/v1/partnerships/{id}/key-projects/" + java.util.UUID.randomUUID(),
                request -> stale(request).body(keyProject()));
        writes.put("POST /api/v1/partnerships/{id}/resume", request -> request);
        writes.put("POST /api/v1/partnerships/{id}/suspend", ScopeMatrixTest::stale);
        writes.forEach((endpoint, prepare) -> {
            int allowed = endpoint.startsWith("PUT") || endpoint.endsWith("suspend") ? 412 : 409;
            tests.addAll(matrix(endpoint, p45, new int[] {allowed, 403, 404, allowed, allowed, 403}, prepare));
            tests.addAll(matrix(endpoint, p44, new int[] {allowed, 404, 403, 404, 404, 403}, prepare));
        });
        // Activation on the record of a signed agreement: the region's bureau and platform admins; the parties
        // confirm instead. Both P45 and P44 are ACTIVE already (409).
        String activate = "POST /api/v1/partnerships/{id}/activate";
        tests.addAll(matrix(activate, p45, new int[] {409, 409, 404, 403, 403, 403}, request -> request));
        tests.addAll(matrix(activate, p44, new int[] {409, 404, 409, 404, 404, 403}, request -> request));
        // Confirmation: the admins of the two sides, of the version they read (a stale one here: 412).
        String confirm = "POST /api/v1/partnerships/{id}/confirm";
        tests.addAll(matrix(confirm, p45, new int[] {403, 403, 404, 412, 412, 403}, ScopeMatrixTest::stale));
        tests.addAll(matrix(confirm, p44, new int[] {403, 404, 403, 404, 404, 403}, ScopeMatrixTest::stale));
        tests.addAll(matrix(
                "GET /api/v1/partnerships/invitations",
                null,
                new int[] {403, 403, 403, 200, 200, 403},
                request -> request));
        String addKeyProject = "POST /api/v1/partnerships/{id}/key-projects";
        Function<RequestSpecification, RequestSpecification> withKeyProject =
                request -> request.contentType(ContentType.JSON).body(keyProject());
        tests.addAll(matrix(addKeyProject, p45, new int[] {201, 403, 404, 201, 201, 403}, withKeyProject));
        tests.addAll(matrix(addKeyProject, p44, new int[] {201, 404, 403, 404, 404, 403}, withKeyProject));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> organizationEndpoints() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String read : List.of(
                "GET /api/v1/organizations/{id}",
                "GET /api/v1/organizations/{id}/member-counts",
                "GET /api/v1/organizations/{id}/history")) {
            // LZZY: its own admin and its partner's admin see it; SZPT: neither.
            tests.addAll(matrix(read, LZZY, new int[] {200, 200, 404, 200, 200, 403}, request -> request));
            tests.addAll(matrix(read, SZPT, new int[] {200, 404, 200, 404, 404, 403}, request -> request));
            // SZIM: lzzy-admin's draft with it (D45) gives lzzy-admin no sight of it.
            tests.addAll(matrix(read, SZIM, new int[] {200, 404, 200, 404, 404, 403}, request -> request));
        }
        Function<RequestSpecification, RequestSpecification> revision =
                request -> stale(request).body(Fixtures.organization("UNIVERSITY", "450200"));
        tests.addAll(
                matrix("PUT /api/v1/organizations/{id}", LZZY, new int[] {412, 403, 404, 412, 403, 403}, revision));
        tests.addAll(
                matrix("PUT /api/v1/organizations/{id}", SZPT, new int[] {412, 404, 403, 404, 404, 403}, revision));
        Function<RequestSpecification, RequestSpecification> count =
                request -> request.contentType(ContentType.JSON).body(Map.of("count", 10, "effectiveOn", "2020-01-01"));
        tests.addAll(matrix(
                "POST /api/v1/organizations/{id}/member-counts",
                LZZY,
                new int[] {201, 403, 404, 201, 403, 403},
                count));
        tests.addAll(matrix(
                "POST /api/v1/organizations/{id}/member-counts",
                SZPT,
                new int[] {201, 404, 403, 404, 404, 403},
                count));
        Function<RequestSpecification, RequestSpecification> registration =
                request -> request.contentType(ContentType.JSON).body(Fixtures.organization("ENTERPRISE", "450200"));
        tests.addAll(
                matrix("POST /api/v1/organizations", null, new int[] {201, 403, 403, 403, 403, 403}, registration));
        Function<RequestSpecification, RequestSpecification> draft =
                request -> request.contentType(ContentType.JSON).body(Fixtures.partnership(LZZY, GXQC));
        tests.addAll(matrix("POST /api/v1/partnerships", null, new int[] {201, 403, 403, 201, 201, 403}, draft));
        // Neither lzzy-admin nor gxqc-admin is a party: refused before any organisation is looked up, whether
        // the organisations named exist or not.
        Function<RequestSpecification, RequestSpecification> foreignDraft =
                request -> request.contentType(ContentType.JSON).body(Fixtures.partnership(SZPT, SZIM));
        tests.addAll(matrix("POST /api/v1/partnerships", null, new int[] {201, 403, 403, 403, 403, 403}, foreignDraft));
        Function<RequestSpecification, RequestSpecification> draftWithNobody =
                request -> request.contentType(ContentType.JSON)
                        .body(Fixtures.partnership(SZPT, "44030000-0000-4000-8000-00000000dead"));
        tests.addAll(
                matrix("POST /api/v1/partnerships", null, new int[] {422, 403, 403, 403, 403, 403}, draftWithNobody));
        tests.addAll(
                matrix("GET /api/v1/partnerships", null, new int[] {200, 200, 200, 200, 200, 403}, request -> request));
        tests.addAll(matrix(
                "GET /api/v1/organizations", null, new int[] {200, 200, 200, 200, 200, 403}, request -> request));
        return tests.stream();
    }

    @Test
    void listsOnlyEverContainWhatTheCallerMaySee() {
        given().auth()
                .oauth2(token("gx-bureau"))
                .queryParam("size", 100)
                .get("/api/v1/partnerships")
                .then()
                .body("items.id", hasItem(p45))
                .body("items.id", not(hasItem(p44)));
        given().auth()
                .oauth2(token("sz-bureau"))
                .queryParam("size", 100)
                .get("/api/v1/partnerships")
                .then()
                .body("items.id", hasItem(p44))
                .body("items.id", not(hasItem(p45)));
        given().auth()
                .oauth2(token("lzzy-admin"))
                .queryParam("size", 100)
                .get("/api/v1/partnerships")
                .then()
                .body("items.id", hasItem(p45))
                .body("items.id", not(hasItem(p44)));
        given().auth()
                .oauth2(token("lzzy-admin"))
                .queryParam("size", 100)
                .get("/api/v1/organizations")
                .then()
                .body("items.id", hasItem(GXQC))
                .body("items.id", not(hasItem(SZPT)))
                .body("items.id", not(hasItem(SZIM)));
        given().auth()
                .oauth2(token("lzzy-admin"))
                .queryParam("size", 100)
                .queryParam("status", "DRAFT")
                .get("/api/v1/partnerships")
                .then()
                .body("items.id", hasItem(d45));
        given().auth()
                .oauth2(token("sz-bureau"))
                .queryParam("size", 100)
                .get("/api/v1/organizations")
                .then()
                .body("items.id", hasItem(SZIM))
                .body("items.id", not(hasItem(LZZY)));
    }

    @Test
    void exportsHoldTheRowsOfTheJsonListsOfTheCallersOwnScope() {
        List<String> guangxi = ExportedLists.assertSameRowsAsJson(
                () -> given().auth().oauth2(token("gx-bureau")), "/api/v1/partnerships", Map.of(), "id", "编号 id");
        assertTrue(guangxi.contains(p45));
        assertFalse(guangxi.contains(p44));
        List<String> shenzhen = ExportedLists.assertSameRowsAsJson(
                () -> given().auth().oauth2(token("sz-bureau")),
                "/api/v1/partnerships",
                Map.of("sort", "-signedOn", "status", "ACTIVE"),
                "code",
                "项目编号 code");
        assertTrue(shenzhen.stream().allMatch(code -> code.startsWith("GJ-44")), shenzhen.toString());
        assertTrue(ExportedLists.assertSameRowsAsJson(
                        () -> given().auth().oauth2(token("lzzy-admin")),
                        "/api/v1/partnerships",
                        Map.of("status", "DRAFT"),
                        "id",
                        "编号 id")
                .contains(d45));

        List<String> organisations = ExportedLists.assertSameRowsAsJson(
                () -> given().auth().oauth2(token("lzzy-admin")), "/api/v1/organizations", Map.of(), "id", "编号 id");
        assertTrue(organisations.contains(GXQC));
        assertFalse(organisations.contains(SZPT));
        List<String> enterprises = ExportedLists.assertSameRowsAsJson(
                () -> given().auth().oauth2(token("sz-bureau")),
                "/api/v1/organizations",
                Map.of("kind", "ENTERPRISE", "sort", "-name"),
                "id",
                "编号 id");
        assertTrue(enterprises.contains(SZIM));
        assertFalse(enterprises.contains(GXQC));
        assertFalse(enterprises.contains(SZPT));

        byte[] csv = given().auth()
                .oauth2(token("gx-bureau"))
                .queryParam("q", "校企党建共建")
                .accept(ExportedLists.CSV)
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        List<List<String>> rows = ExportedLists.csvRows(csv);
        int row = ExportedLists.column(rows, "编号 id").indexOf(p45);
        assertEquals("生效", ExportedLists.column(rows, "状态 status").get(row));
        assertEquals(
                "人才共育·交流合作、科技创新·成果转化", ExportedLists.column(rows, "共建模式 modes").get(row));
        assertEquals("2030-03-14", ExportedLists.column(rows, "终止日期 term end").get(row));
    }

    private List<DynamicTest> matrix(
            String endpoint, String id, int[] expected, Function<RequestSpecification, RequestSpecification> prepare) {
        String label = id == null
                ? ""
                : id.equals(d45)
                        ? "D45"
                        : (id.equals(p45) || id.startsWith("4502") ? "P45" : id.equals(SZIM) ? "SZIM" : "P44");
        return new AccessMatrix()
                .expect(endpoint, id, label, expected, prepare::apply)
                .tests();
    }

    private static RequestSpecification stale(RequestSpecification request) {
        return request.contentType(ContentType.JSON).header("If-Match", "\"0\"");
    }

    private static Map<String, Object> keyProject() {
        return Map.of("title", "联合实验室", "mode", "INNOVATION", "leadSide", "JOINT", "dueOn", "2026-12-31");
    }

    private String token(String user) {
        return tokens.token(user);
    }

    private void register(String id, String kind, String region, String creditCode) {
        Map<String, Object> body = new HashMap<>(Fixtures.organization(kind, region));
        body.put("id", id);
        body.put("creditCode", creditCode);
        int status = given().auth()
                .oauth2(token("admin"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/organizations")
                .statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("registering " + id + " answered " + status);
        }
    }

    /**
     * The ACTIVE partnership of the two organisations: drafted by {@code drafter}, then confirmed by {@code
     * activator} when that is the other side's org admin, or activated by it when it is a bureau officer.
     */
    private String activePartnership(String university, String enterprise, String drafter, String activator) {
        List<Map<String, Object>> existing = given().auth()
                .oauth2(token("admin"))
                .queryParam("organization", university)
                .queryParam("status", "ACTIVE")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        if (!existing.isEmpty()) {
            return (String) existing.get(0).get("id");
        }
        String id = given().auth()
                .oauth2(token(drafter))
                .contentType(ContentType.JSON)
                .body(Fixtures.partnership(university, enterprise))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        boolean confirms = activator.endsWith("-admin") && !activator.equals("admin");
        given().auth()
                .oauth2(token(activator))
                .header("If-Match", "\"1\"")
                .post("/api/v1/partnerships/" + id + (confirms ? "/confirm" : "/activate"))
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        return id;
    }

    @Test
    void aDraftShowsTheOtherSideAsTheRegisterShowsItAndNoMore() {
        List<Map<String, Object>> parties = given().auth()
                .oauth2(token("lzzy-admin"))
                .get("/api/v1/partnerships/" + d45 + "/parties")
                .then()
                .statusCode(200)
                .extract()
                .path("");
        Map<String, Object> other = parties.stream()
                .filter(party -> SZIM.equals(party.get("id")))
                .findFirst()
                .orElseThrow();
        assertEquals(Set.of("id", "name", "kind", "level", "regionCode"), other.keySet());
        assertEquals("ENTERPRISE", other.get("kind"));
        assertEquals("440306", other.get("regionCode"));
        given().auth()
                .oauth2(token("lzzy-admin"))
                .get("/api/v1/organizations/" + SZIM)
                .then()
                .statusCode(404);
    }

    @Test
    void draftingTellsACallerWhoIsNoPartyNothingAboutTheOrganisationsNamed() {
        String existing = draftAs("gxqc-admin", SZPT, SZIM);
        String missing = draftAs("gxqc-admin", SZPT, "44030000-0000-4000-8000-00000000dead");
        String wrongKind = draftAs("gxqc-admin", SZIM, SZPT);
        assertEquals(existing, missing);
        assertEquals(existing, wrongKind);
    }

    /** The status and detail of a draft request. */
    private String draftAs(String user, String university, String enterprise) {
        var response = given().auth()
                .oauth2(token(user))
                .contentType(ContentType.JSON)
                .body(Fixtures.partnership(university, enterprise))
                .post("/api/v1/partnerships");
        return response.statusCode() + " " + response.path("detail");
    }
}
