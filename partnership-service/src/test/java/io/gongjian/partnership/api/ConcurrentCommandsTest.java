package io.gongjian.partnership.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.testing.Parallel;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * N commands on one aggregate, released together on a barrier: the outcome is that of some serial order. Every
 * request that changed something got 200/201 and its own version; the others were refused with 409 or 412;
 * nothing is lost, duplicated or answered with 500.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class ConcurrentCommandsTest {

    /** As many as the outside test sent: 50 lifecycle commands, 20 member counts or key projects at once. */
    static final int COMMANDS = 50;

    static final int ADDITIONS = 20;

    /** Rounds of the same collision: one round sometimes slips through a race; three rarely do. */
    static final int ROUNDS = 3;

    @Test
    void parallelSuspendAndResumeTakeEffectInSomeSerialOrder() {
        String partnership = activePartnership();
        for (int round = 0; round < ROUNDS; round++) {
            long before = version(partnership);

            List<Response> responses = Parallel.run(COMMANDS, i -> given().post(
                            "/api/v1/partnerships/" + partnership + (i % 2 == 0 ? "/suspend" : "/resume")));

            assertOnly(responses, 200, 409);
            long steps = version(partnership) - before;
            assertEquals(Parallel.count(responses, 200), steps, "one version step per command that succeeded");
            assertEquals(
                    steps,
                    responses.stream()
                            .filter(response -> response.statusCode() == 200)
                            .map(response -> response.header("ETag"))
                            .distinct()
                            .count(),
                    "each success answered a version of its own");
        }
        assertHistoryIsOneEntryPerVersion("/api/v1/partnerships/" + partnership, version(partnership));
    }

    @Test
    void parallelCommandsBasedOnTheSameVersionLetExactlyOneThrough() {
        String partnership = activePartnership();
        String etag = given().get("/api/v1/partnerships/" + partnership).header("ETag");

        List<Response> responses = Parallel.run(COMMANDS, i -> given().header("If-Match", etag)
                .post("/api/v1/partnerships/" + partnership + (i % 2 == 0 ? "/suspend" : "/terminate")));

        assertOnly(responses, 200, 412);
        assertEquals(1, Parallel.count(responses, 200));
        assertHistoryIsOneEntryPerVersion("/api/v1/partnerships/" + partnership, version(partnership));
    }

    @Test
    void parallelMemberCountsAreAllKept() {
        String organization = Fixtures.register("ENTERPRISE", "450200");

        List<Response> responses = Parallel.run(ADDITIONS, i -> given().contentType(ContentType.JSON)
                .body(Map.of(
                        "count",
                        100 + i,
                        "effectiveOn",
                        LocalDate.of(2000, 1, 1).plusMonths(i).toString()))
                .post("/api/v1/organizations/" + organization + "/member-counts"));

        assertOnly(responses, 201);
        List<Integer> stored = given().get("/api/v1/organizations/" + organization + "/member-counts")
                .then()
                .statusCode(200)
                .extract()
                .path("count");
        assertEquals(IntStream.range(0, ADDITIONS).map(i -> 100 + i).boxed().toList(), stored);
        assertHistoryIsOneEntryPerVersion("/api/v1/organizations/" + organization, 1 + ADDITIONS);
    }

    @Test
    void parallelKeyProjectsAreAllKept() {
        String partnership =
                Fixtures.draft(Fixtures.register("UNIVERSITY", "450200"), Fixtures.register("ENTERPRISE", "450200"));

        List<Response> responses = Parallel.run(ADDITIONS, i -> given().contentType(ContentType.JSON)
                .body(Map.of("title", "重点工程 " + i, "mode", "TALENT", "leadSide", "JOINT", "dueOn", "2027-12-31"))
                .post("/api/v1/partnerships/" + partnership + "/key-projects"));

        assertOnly(responses, 201);
        List<String> titles = given().get("/api/v1/partnerships/" + partnership + "/key-projects")
                .then()
                .statusCode(200)
                .extract()
                .path("title");
        assertEquals(ADDITIONS, titles.size());
        assertEquals(ADDITIONS, titles.stream().distinct().count());
        assertHistoryIsOneEntryPerVersion("/api/v1/partnerships/" + partnership, 1 + ADDITIONS);
    }

    @Test
    void parallelActivationOfDraftsBetweenTheSameOrganisationsActivatesOne() {
        String university = Fixtures.register("UNIVERSITY", "450200");
        String enterprise = Fixtures.register("ENTERPRISE", "450200");
        List<String> drafts = IntStream.range(0, 8)
                .mapToObj(i -> Fixtures.draft(university, enterprise))
                .toList();

        List<Response> responses =
                Parallel.run(drafts.size(), i -> given().post("/api/v1/partnerships/" + drafts.get(i) + "/activate"));

        assertOnly(responses, 200, 409);
        assertEquals(1, Parallel.count(responses, 200));
        assertEquals(
                1,
                given().queryParam("organization", university)
                        .queryParam("status", "ACTIVE")
                        .get("/api/v1/partnerships")
                        .then()
                        .extract()
                        .<Integer>path("totalItems"));
    }

    @Test
    void parallelRegistrationsOfOneIdRegisterItOnce() {
        String id = java.util.UUID.randomUUID().toString();
        Map<String, Object> body = new java.util.HashMap<>(Fixtures.organization("UNIVERSITY", "450200"));
        body.put("id", id);

        List<Response> responses = Parallel.run(
                ADDITIONS, i -> given().contentType(ContentType.JSON).body(body).post("/api/v1/organizations"));

        assertOnly(responses, 201, 409);
        assertEquals(1, Parallel.count(responses, 201));
        assertHistoryIsOneEntryPerVersion("/api/v1/organizations/" + id, 1);
    }

    private static String activePartnership() {
        String partnership =
                Fixtures.draft(Fixtures.register("UNIVERSITY", "450200"), Fixtures.register("ENTERPRISE", "450200"));
        given().post("/api/v1/partnerships/" + partnership + "/activate").then().statusCode(200);
        return partnership;
    }

    private static long version(String partnership) {
        return given().get("/api/v1/partnerships/" + partnership)
                .then()
                .statusCode(200)
                .extract()
                .<Number>path("version")
                .longValue();
    }

    /** Every answer is one of {@code allowed}, and every refusal is a problem document. */
    private static void assertOnly(List<Response> responses, Integer... allowed) {
        for (Response response : responses) {
            assertTrue(
                    List.of(allowed).contains(response.statusCode()),
                    "unexpected " + response.statusCode() + ": "
                            + response.body().asString());
            if (response.statusCode() >= 400) {
                assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
            }
        }
    }

    /** The history holds versions 1..current, each once, in order. */
    private static void assertHistoryIsOneEntryPerVersion(String record, long current) {
        List<Number> versions = given().get(record + "/history")
                .then()
                .statusCode(200)
                .extract()
                .path("version");
        assertEquals(
                LongStream.rangeClosed(1, current).boxed().toList(),
                versions.stream().map(Number::longValue).toList());
    }
}
