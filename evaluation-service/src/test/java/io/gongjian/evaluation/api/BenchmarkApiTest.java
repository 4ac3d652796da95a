package io.gongjian.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.Published;
import io.gongjian.evaluation.Scores;
import io.gongjian.export.ExportMediaTypes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Benchmark designation and relays through the service (issue 19, seed 004). The partnerships live under 4508, which
 * no other test uses: a scheme saved for it weighs ORGANIZATION 0.96 and expects one activity a year, so that one
 * activity with 80 % of the party members grades a partnership GOOD, and one with 60 % PASS.
 */
@QuarkusTest
class BenchmarkApiTest {

    static final String PATH = "/api/v1/evaluation/benchmarks";
    static final String REGION = "4508";

    private static boolean schemeSaved;

    @Inject
    BusinessCalendar calendar;

    @BeforeEach
    void saveTheRegionsScheme() {
        if (schemeSaved) {
            return;
        }
        Map<String, Object> indicators = new HashMap<>();
        indicators.put("ORG_PARTICIPATION", 0.5);
        indicators.put("ORG_ACTIVITY_FREQUENCY", 0.25);
        indicators.put("ORG_CONSTRUCTION_SCORE", 0.25);
        indicators.put("RES_TEACHING_RESOURCES", 0.5);
        indicators.put("RES_RESEARCH_PROJECTS", 0.25);
        indicators.put("RES_TALENT_EXCHANGES", 0.25);
        indicators.put("SOC_ECONOMIC_CONTRIBUTION", 0.5);
        indicators.put("SOC_INFLUENCE_INDEX", 0.5);
        indicators.put("INN_PRACTICES", 0.5);
        indicators.put("INN_CONVERSION_RATE", 0.25);
        indicators.put("INN_TEACHING_MODE_SCORE", 0.25);
        indicators.put("FB_SATISFACTION_INDEX", 0.5);
        indicators.put("FB_RECTIFICATION_RATE", 0.5);
        given().auth()
                .oauth2(Scores.token("admin"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "regionPrefix",
                        REGION,
                        "effectiveFrom",
                        calendar.today().minusYears(2).toString(),
                        "dimensionWeights",
                        Map.of(
                                "ORGANIZATION",
                                0.96,
                                "RESOURCE",
                                0.01,
                                "SOCIAL",
                                0.01,
                                "INNOVATION",
                                0.01,
                                "FEEDBACK",
                                0.01),
                        "indicatorWeights",
                        indicators,
                        "targets",
                        Map.of("ORG_ACTIVITY_FREQUENCY", 1)))
                .post("/api/v1/evaluation/weight-schemes")
                .then()
                .statusCode(201);
        schemeSaved = true;
    }

    /**
     * An ACTIVE partnership of {@code district} (20 + 10 party members) with one activity today, in which
     * {@code university} + {@code enterprise} of them took part, once its score shows {@code grade}: its id.
     */
    UUID graded(String district, int university, int enterprise, String grade) {
        UUID partnership = Published.partnership(district);
        Published.activity(UUID.randomUUID(), partnership, 1, false, calendar.today(), university, enterprise);
        // ORGANIZATION = (0.5 × participation + 0.25 × 100) / 0.75 (construction unavailable); composite =
        // 0.96 × ORGANIZATION / 0.99 (FEEDBACK unavailable; the other dimensions 0): 80 % → 84.04, 60 % → 71.11.
        Scores.await(partnership, score -> grade.equals(score.getString("grade")));
        return partnership;
    }

    /** An ACTIVE partnership of {@code district} with one activity of its own today: both ids, once it counts. */
    UUID[] hostWithActivity(String district) {
        UUID partnership = Published.partnership(district);
        UUID activity = UUID.randomUUID();
        Published.activity(activity, partnership, 1, false, calendar.today(), 2, 1);
        Scores.await(partnership, score -> new BigDecimal("1.00").equals(Scores.raw(score, "ORG_ACTIVITY_FREQUENCY")));
        return new UUID[] {partnership, activity};
    }

    Map<String, Object> designation(UUID partnership, String overrideReason) {
        Map<String, Object> body = new HashMap<>();
        body.put("partnershipId", partnership);
        body.put("validFrom", calendar.today().toString());
        body.put("validUntil", calendar.today().plusYears(1).minusDays(1).toString());
        body.put("citation", "校企共建“订单班”三年输送技术骨干 120 名，党建与产教融合双促进。");
        if (overrideReason != null) {
            body.put("overrideReason", overrideReason);
        }
        return body;
    }

    Response designate(String user, Map<String, Object> body) {
        return given().auth()
                .oauth2(Scores.token(user))
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH);
    }

    String designated(UUID partnership) {
        return designate("gx-bureau", designation(partnership, null))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    Response relay(String benchmark, UUID activity, UUID next) {
        return given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(Map.of("activityId", activity, "nextPartnershipId", next, "note", "现场观摩，交接牌匾"))
                .post(PATH + "/{id}/relays", benchmark);
    }

    @Test
    void aPartnershipGradedGoodIsDesignatedAndListedForEveryone() {
        UUID partnership = graded("450801", 16, 8, "GOOD");
        LocalDate today = calendar.today();
        Response designated = designate("gx-bureau", designation(partnership, null));
        String id = designated
                .then()
                .statusCode(201)
                .body("partnership.id", equalTo(partnership.toString()))
                .body("partnership.code", equalTo(Published.code(partnership, "450801")))
                .body("partnership.regionCode", equalTo("450801"))
                .body("gradeOnDesignation", equalTo("GOOD"))
                .body("designatedOn", equalTo(today.toString()))
                .body("designatedBy", equalTo("gx-bureau"))
                .body("overrideReason", nullValue())
                .body("state", equalTo("CURRENT"))
                .body("currentHost.id", equalTo(partnership.toString()))
                .body("relays.size()", equalTo(0))
                .extract()
                .path("id");
        assertTrue(designated.header("Location").endsWith(PATH + "/" + id), designated.header("Location"));

        for (String user : List.of("viewer", "lzzy-admin", "sz-bureau")) {
            given().auth()
                    .oauth2(Scores.token(user))
                    .queryParam("region", "450801")
                    .queryParam("state", "CURRENT")
                    .get(PATH)
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem(id))
                    .body("items.find { it.id == '" + id + "' }.citation", containsString("订单班"))
                    .body(
                            "items.find { it.id == '" + id + "' }.validUntil",
                            equalTo(today.plusYears(1).minusDays(1).toString()));
        }
        given().auth()
                .oauth2(Scores.token("viewer"))
                .queryParam("region", "450801")
                .queryParam("state", "PAST")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
        given().auth()
                .oauth2(Scores.token("viewer"))
                .get(PATH + "/{id}", id)
                .then()
                .statusCode(200)
                .body("gradeOnDesignation", equalTo("GOOD"));

        // Its period is taken: another designation overlapping it by a day is refused.
        Map<String, Object> again = designation(partnership, null);
        again.put("validFrom", today.plusYears(1).minusDays(1).toString());
        again.put("validUntil", today.plusYears(2).toString());
        designate("admin", again)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("field", equalTo("validFrom"))
                .body("detail", containsString(id));
        given().auth()
                .oauth2(Scores.token("viewer"))
                .queryParam("state", "SOON")
                .get(PATH)
                .then()
                .statusCode(422)
                .body("field", equalTo("state"));
    }

    @Test
    void aPartnershipGradedPassIsRefusedUnlessAPlatformAdminOverridesWithAReason() {
        UUID partnership = graded("450802", 12, 6, "PASS");
        designate("gx-bureau", designation(partnership, null))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("field", equalTo("partnershipId"))
                .body("detail", containsString("PASS"))
                .body("detail", containsString(calendar.today().toString()));
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .header("Accept-Language", "zh-CN")
                .contentType(ContentType.JSON)
                .body(designation(partnership, null))
                .post(PATH)
                .then()
                .statusCode(422)
                .body("detail", containsString("低于“良好”"));
        // Bureau officers do not override the rule.
        designate("gx-bureau", designation(partnership, "市级试点"))
                .then()
                .statusCode(403)
                .contentType("application/problem+json");

        designate("admin", designation(partnership, "市级试点，整改已完成"))
                .then()
                .statusCode(201)
                .body("gradeOnDesignation", equalTo("PASS"))
                .body("overrideReason", equalTo("市级试点，整改已完成"))
                .body("designatedBy", equalTo("admin"));
    }

    @Test
    void anotherRegionsBureauDoesNotFindThePartnershipAndViewersDoNotDesignate() {
        UUID partnership = Published.partnership("450803");
        Scores.await(partnership, score -> score.getString("grade") != null);
        designate("sz-bureau", designation(partnership, null))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        designate("viewer", designation(partnership, null)).then().statusCode(403);
        designate("gx-bureau", Map.of("validFrom", calendar.today().toString()))
                .then()
                .statusCode(422)
                .body("field", equalTo("partnershipId"));
    }

    @Test
    void relaysHandTheHostRoleOnInOrderAndShowInTheListAndTheExport() {
        UUID first = graded("450804", 16, 8, "GOOD");
        UUID[] second = hostWithActivity("450805");
        UUID[] third = hostWithActivity("450806");
        UUID showcase = UUID.randomUUID();
        Published.activity(showcase, first, 1, false, calendar.today().minusDays(3), 16, 8);
        Scores.await(first, score -> new BigDecimal("2.00").equals(Scores.raw(score, "ORG_ACTIVITY_FREQUENCY")));
        String benchmark = designated(first);

        relay(benchmark, showcase, second[0])
                .then()
                .statusCode(201)
                .body("currentHost.id", equalTo(second[0].toString()))
                .body("relays.size()", equalTo(1));
        // The showcase is the current host's: the first host's activity no longer is (the chain moved on since
        // whoever sends it read it), a stranger's never was.
        relay(benchmark, showcase, third[0])
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("field", equalTo("activityId"));
        relay(benchmark, third[1], third[0])
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("field", equalTo("activityId"));
        relay(benchmark, second[1], second[0]).then().statusCode(422).body("field", equalTo("nextPartnershipId"));
        relay(benchmark, second[1], third[0]).then().statusCode(201);

        JsonPath chain = given().auth()
                .oauth2(Scores.token("viewer"))
                .get(PATH + "/{id}", benchmark)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(1, 2), chain.getList("relays.sequence"));
        assertEquals(List.of(first.toString(), second[0].toString()), chain.getList("relays.host.id"));
        assertEquals(List.of(second[0].toString(), third[0].toString()), chain.getList("relays.nextHost.id"));
        assertEquals(List.of(showcase.toString(), second[1].toString()), chain.getList("relays.showcaseActivity.id"));
        assertEquals(
                calendar.today().minusDays(3).toString(), chain.getString("relays[0].showcaseActivity.occurredOn"));
        assertEquals("THEME_PARTY_DAY", chain.getString("relays[0].showcaseActivity.type"));
        assertEquals("联合主题党日", chain.getString("relays[0].showcaseActivity.title"));
        assertEquals(16 + 8 + 5, chain.getInt("relays[0].showcaseActivity.attendance"));
        assertEquals(Published.code(second[0], "450805"), chain.getString("relays[1].host.code"));
        assertEquals(third[0].toString(), chain.getString("currentHost.id"));
        assertEquals("gx-bureau", chain.getString("relays[0].recordedBy"));
        assertEquals("现场观摩，交接牌匾", chain.getString("relays[0].note"));
        given().auth()
                .oauth2(Scores.token("viewer"))
                .queryParam("region", "450804")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + benchmark + "' }.relays.sequence", equalTo(List.of(1, 2)))
                .body(
                        "items.find { it.id == '" + benchmark + "' }.currentHost.code",
                        equalTo(Published.code(third[0], "450806")));

        // Another region's bureau records no relay on it.
        given().auth()
                .oauth2(Scores.token("sz-bureau"))
                .contentType(ContentType.JSON)
                .body(Map.of("activityId", third[1], "nextPartnershipId", first))
                .post(PATH + "/{id}/relays", benchmark)
                .then()
                .statusCode(404);

        byte[] csv = given().auth()
                .oauth2(Scores.token("viewer"))
                .queryParam("region", "450804")
                .queryParam("size", 1)
                .accept(ExportMediaTypes.CSV)
                .get(PATH)
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString(".csv"))
                .extract()
                .asByteArray();
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertTrue(lines.get(0).startsWith("标杆编号 benchmark id,项目编号 code,"), lines.get(0));
        String row = lines.stream()
                .filter(line -> line.startsWith(benchmark + ","))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + benchmark + " in " + lines));
        String a = Published.code(first, "450804");
        String b = Published.code(second[0], "450805");
        String c = Published.code(third[0], "450806");
        assertTrue(row.startsWith(benchmark + "," + a + ","), row);
        assertTrue(row.contains(",GOOD,良好,"), row);
        assertTrue(
                row.endsWith("," + c + ",2,1: " + a + " → " + b + " ("
                        + calendar.today().minusDays(3) + "); 2: " + b + " → " + c + " (" + calendar.today() + ")"),
                row);
    }

    @Test
    void twoRelaysRecordedAtOnceOnOneChainOneIsRecordedTheOtherRefused() throws Exception {
        UUID host = graded("450807", 16, 8, "GOOD");
        UUID[] one = hostWithActivity("450808");
        UUID[] other = hostWithActivity("450809");
        UUID showcase = UUID.randomUUID();
        Published.activity(showcase, host, 1, false, calendar.today(), 16, 8);
        Scores.await(host, score -> new BigDecimal("2.00").equals(Scores.raw(score, "ORG_ACTIVITY_FREQUENCY")));
        String benchmark = designated(host);

        List<RequestSpecification> relays = new ArrayList<>();
        for (UUID next : List.of(one[0], other[0])) {
            relays.add(given().auth()
                    .oauth2(Scores.token("gx-bureau"))
                    .contentType(ContentType.JSON)
                    .body(Map.of("activityId", showcase, "nextPartnershipId", next)));
        }
        assertEquals(List.of(201, 409), postedAtOnce(relays, PATH + "/{id}/relays", benchmark));
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .get(PATH + "/{id}", benchmark)
                .then()
                .statusCode(200)
                .body("relays.size()", equalTo(1))
                .body("relays[0].sequence", equalTo(1));
    }

    @Test
    void twoDesignationsOfOnePartnershipAtOnceOneIsDesignatedTheOtherRefused() throws Exception {
        UUID partnership = graded("450810", 16, 8, "GOOD");
        List<RequestSpecification> designations = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            designations.add(given().auth()
                    .oauth2(Scores.token("gx-bureau"))
                    .contentType(ContentType.JSON)
                    .body(designation(partnership, null)));
        }
        assertEquals(List.of(201, 409), postedAtOnce(designations, PATH));
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .queryParam("region", "450810")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
    }

    /**
     * POSTs the prepared requests together (each thread waits at a barrier, then sends): their statuses, sorted. A
     * refusal must be a problem document.
     */
    static List<Integer> postedAtOnce(List<RequestSpecification> requests, String path, Object... pathParams)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(requests.size());
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (RequestSpecification request : requests) {
                answers.add(pool.submit(() -> {
                    start.await();
                    Response answer = request.post(path, pathParams);
                    if (answer.statusCode() >= 400) {
                        assertEquals(
                                "application/problem+json", answer.contentType().split(";")[0]);
                    }
                    return answer.statusCode();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            statuses.sort(null);
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
