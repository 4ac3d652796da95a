package io.gongjian.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.Published;
import io.gongjian.evaluation.Scores;
import io.gongjian.evaluation.application.EarlyWarningService;
import io.gongjian.evaluation.domain.warnings.WarningCheck;
import io.gongjian.export.ExportMediaTypes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Early warnings through the API: published events and inputs on the real infrastructure, the warning scan run as of
 * today as the scheduled job runs it (its schedule is off in the tests, so that they decide when it runs).
 */
@QuarkusTest
class EarlyWarningApiTest {

    private static final String PATH = "/api/v1/evaluation/warnings";

    @Inject
    EarlyWarningService warnings;

    @Inject
    BusinessCalendar calendar;

    @Test
    void aQuietPartnershipTurnsDormantFromTheNinetiethDayAndAnActivityEndsIt() {
        String start = ChangeFeedTest.end("admin");
        String region = "450311";
        UUID partnership = Published.partnership(region); // its term started on 2024-01-01
        LocalDate today = calendar.today();
        UUID old = UUID.randomUUID();
        Published.activity(old, partnership, 1, false, today.minusDays(100), 6, 3);
        Scores.await(
                partnership, s -> s.getList("indicators.recordIds.flatten()").contains(old.toString()));
        warnings.scan(today);

        JsonPath dormant = list("gx-bureau", "partnershipId=" + partnership + "&kind=DORMANT");
        assertEquals(1, dormant.getList("items").size(), dormant.prettify());
        assertEquals(today.minusDays(10).toString(), dormant.getString("items[0].startedOn"));
        assertEquals(null, dormant.getString("items[0].endedOn"));
        assertEquals(today.minusDays(100).toString(), dormant.getString("items[0].details.lastActivityOn"));
        assertEquals(Published.code(partnership, region), dormant.getString("items[0].partnershipCode"));
        assertEquals(region, dormant.getString("items[0].regionCode"));
        String id = dormant.getString("items[0].id");

        // The score page shows it from its start on, not the day before.
        JsonPath score = Scores.of(partnership);
        assertEquals(
                today.minusDays(10).toString(), score.getString("warnings.find { it.kind == 'DORMANT' }.startedOn"));
        assertEquals(
                List.of(),
                scoreAsOf(partnership, today.minusDays(11)).getList("warnings.findAll { it.kind == 'DORMANT' }"));
        assertEquals(
                1,
                scoreAsOf(partnership, today.minusDays(10))
                        .getList("warnings.findAll { it.kind == 'DORMANT' }")
                        .size());

        // An activity three days ago ends it on that day; scanning again changes nothing more.
        UUID recent = UUID.randomUUID();
        Published.activity(recent, partnership, 1, false, today.minusDays(3), 6, 3);
        Scores.await(
                partnership, s -> s.getList("indicators.recordIds.flatten()").contains(recent.toString()));
        warnings.scan(today);
        warnings.scan(today);
        assertEquals(
                List.of(),
                list("gx-bureau", "partnershipId=" + partnership + "&kind=DORMANT")
                        .getList("items"));
        JsonPath ended = list("gx-bureau", "partnershipId=" + partnership + "&kind=DORMANT&state=ENDED");
        assertEquals(List.of(id), ended.getList("items.id"));
        assertEquals(today.minusDays(3).toString(), ended.getString("items[0].endedOn"));
        assertEquals(List.of(), Scores.of(partnership).getList("warnings.findAll { it.kind == 'DORMANT' }"));
        // As of a day it was open, the score still shows it.
        assertEquals(
                1,
                scoreAsOf(partnership, today.minusDays(4))
                        .getList("warnings.findAll { it.kind == 'DORMANT' }")
                        .size());

        // The change feed: one entry when it started (cause WARNING), one when it ended.
        List<Map<String, Object>> entries =
                ChangeFeedTest.page("admin", start, 500).<Map<String, Object>>getList("items").stream()
                        .filter(e -> partnership.toString().equals(e.get("partnershipId"))
                                && "WARNING".equals(e.get("cause")))
                        .toList();
        assertEquals(2, entries.size(), entries.toString());
        assertTrue(((List<?>) entries.get(0).get("changed")).contains("warnings"));
        assertEquals("warnings/" + id, entries.get(0).get("causeReference"));
        assertTrue(kinds(entries.get(0)).contains("DORMANT"), entries.get(0).toString());
        assertTrue(!kinds(entries.get(1)).contains("DORMANT"), entries.get(1).toString());
        assertEquals("warnings/" + id, entries.get(1).get("causeReference"));
    }

    @Test
    void coverageLowOnEveryDayALookBackReachesStartedAWindowAgo() {
        UUID partnership = Published.partnership("450313"); // no records: only the volume indicators, coverage 0.45
        Scores.await(partnership, s -> true);
        LocalDate today = calendar.today();
        warnings.scan(today);

        JsonPath low = list("gx-bureau", "partnershipId=" + partnership + "&kind=COVERAGE_LOW");
        assertEquals(1, low.getList("items").size(), low.prettify());
        // Followed back day by day as far as a look-back goes (its term started in 2024).
        assertEquals(today.minusDays(WarningCheck.LOOK_BACK_DAYS - 1L).toString(), low.getString("items[0].startedOn"));
        assertEquals(0.45, low.getDouble("items[0].details.coverage"), 0.005, low.prettify());
        assertEquals(
                List.of(),
                list("gx-bureau", "partnershipId=" + partnership + "&kind=SCORE_DROP")
                        .getList("items"));
    }

    @Test
    void anOverdueItemOpensAWarningAnnouncedOnceWhicheverReplicasScanAndItsCompletionEndsIt() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.accepting()) {
            String region = "450312";
            WebhookTest.registered("gx-bureau", receiver.url(), region, "warning.started");
            UUID partnership = Published.partnership(region);
            Scores.await(partnership, s -> true);
            LocalDate today = calendar.today();
            String item = rectification(partnership, today.minusDays(10), today.minusDays(2));
            String notDue = rectification(partnership, today.minusDays(10), today);

            List<Integer> scans = WebhookTest.together(2, () -> warnings.scan(today));
            assertTrue(scans.stream().mapToInt(Integer::intValue).sum() >= 1, scans.toString());

            JsonPath overdue = list("gx-bureau", "partnershipId=" + partnership + "&kind=RECTIFICATION_OVERDUE");
            assertEquals(List.of(item), overdue.getList("items.subjectId"), overdue.prettify());
            assertEquals(today.minusDays(1).toString(), overdue.getString("items[0].startedOn"));
            assertEquals(today.minusDays(2).toString(), overdue.getString("items[0].details.dueOn"));
            String id = overdue.getString("items[0].id");

            WebhookReceiver.Received started = receiver.await(
                    WebhookReceiver.of("warning.started", Map.of("warningId", id)), Duration.ofSeconds(30));
            assertEquals("RECTIFICATION_OVERDUE", started.json().getString("data.kind"));
            assertEquals(item, started.json().getString("data.subjectId"));
            assertEquals(partnership.toString(), started.json().getString("data.partnershipId"));
            assertEquals(region, started.json().getString("data.regionCode"));
            assertEquals(today.minusDays(1).toString(), started.json().getString("data.startedOn"));
            // The partnership's other warnings (dormant since its term's 89th day, coverage low) came too: each once.
            Thread.sleep(1500);
            List<String> announced = receiver.received().stream()
                    .map(r -> r.json().getString("data.kind") + " " + r.json().getString("data.subjectId"))
                    .sorted()
                    .toList();
            assertEquals(announced.stream().distinct().toList(), announced, "each warning once: " + announced);
            assertTrue(announced.contains("DORMANT null"), announced.toString());
            assertEquals(
                    List.of(),
                    receiver.received().stream()
                            .filter(r -> r.json().getString("data.subjectId") != null
                                    && r.json().getString("data.subjectId").equals(notDue))
                            .toList());

            // Completed today: the warning ends today.
            given().auth()
                    .oauth2(Scores.token("gx-bureau"))
                    .contentType(ContentType.JSON)
                    .body(Map.of("completedOn", today.toString(), "note", "补齐会议纪要"))
                    .post("/api/v1/evaluation/rectifications/" + item + "/complete")
                    .then()
                    .statusCode(200);
            warnings.scan(today);
            JsonPath ended =
                    list("gx-bureau", "partnershipId=" + partnership + "&kind=RECTIFICATION_OVERDUE&state=ALL");
            assertEquals(List.of(id), ended.getList("items.id"));
            assertEquals(today.toString(), ended.getString("items[0].endedOn"));
        }
    }

    @Test
    void theListIsScopedFilteredAndRefusesWhatItCannotRead() {
        String region = "450313";
        UUID university = UUID.randomUUID();
        UUID enterprise = UUID.randomUUID();
        Published.organization(university, 1, 20);
        Published.organization(enterprise, 1, 10);
        UUID partnership = UUID.randomUUID();
        Published.partnership(partnership, 1, "ACTIVE", region, university, enterprise, Map.of());
        Scores.await(partnership, s -> true);
        LocalDate today = calendar.today();
        warnings.scan(today);

        JsonPath own = list("gx-bureau", "region=" + region);
        assertTrue(own.getList("items.partnershipId").contains(partnership.toString()), own.prettify());
        assertTrue(own.<String>getList("items.regionCode").stream().allMatch(region::equals));
        assertEquals(
                List.of("DORMANT"),
                list("admin", "partnershipId=" + partnership + "&kind=DORMANT").getList("items.kind"));
        JsonPath paged = list("admin", "partnershipId=" + partnership + "&size=1");
        assertEquals(1, paged.getList("items").size());
        assertTrue(paged.getLong("totalItems") >= 2, paged.prettify()); // DORMANT and COVERAGE_LOW
        // Newest start first.
        List<String> starts = list("admin", "region=45&size=100").getList("items.startedOn");
        assertEquals(starts.stream().sorted(java.util.Comparator.reverseOrder()).toList(), starts);

        // The whole list as CSV: the same filters, every page.
        byte[] csv = given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .queryParam("partnershipId", partnership.toString())
                .queryParam("size", 1)
                .accept(ExportMediaTypes.CSV)
                .get(PATH)
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asByteArray();
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertTrue(lines.get(0).startsWith("项目编号 code,项目名称 title,行政区划 region code,预警类型 kind,"), lines.get(0));
        assertEquals(paged.getLong("totalItems") + 1, lines.size(), lines.toString());
        assertTrue(
                lines.stream()
                        .anyMatch(line -> line.startsWith(Published.code(partnership, region) + ",")
                                && line.contains(",DORMANT,休眠,")),
                lines.toString());
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .queryParam("region", "4")
                .accept(ExportMediaTypes.CSV)
                .get(PATH)
                .then()
                .contentType("application/problem+json")
                .body("field", equalTo("region"));

        // Another region's bureau and an organisation admin not party to it see none of it; viewers have no list.
        assertEquals(
                List.of(), list("sz-bureau", "partnershipId=" + partnership).getList("items"));
        assertEquals(List.of(), list("sz-bureau", "region=" + region).getList("items"));
        assertEquals(
                List.of(), list("lzzy-admin", "partnershipId=" + partnership).getList("items"));
        given().auth().oauth2(Scores.token("viewer")).get(PATH).then().statusCode(403);
        // A viewer's score shows no warnings.
        given().auth()
                .oauth2(Scores.token("viewer"))
                .get("/api/v1/evaluation/partnerships/{id}/score", partnership)
                .then()
                .statusCode(200)
                .body("warnings", equalTo(List.of()));

        // Unreadable filters name themselves.
        refused("kind=SLEEPY", "kind");
        refused("state=SOMETIMES", "state");
        refused("partnershipId=not-a-uuid", "partnershipId");
        refused("region=4", "region");

        // No longer ACTIVE: its open warnings end as of today.
        Published.partnership(partnership, 2, "SUSPENDED", region, university, enterprise, Map.of());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            warnings.scan(today);
            return list("admin", "partnershipId=" + partnership)
                    .getList("items")
                    .isEmpty();
        });
        JsonPath ended = list("admin", "partnershipId=" + partnership + "&state=ENDED");
        assertTrue(ended.getList("items").size() >= 2, ended.prettify());
        assertTrue(ended.<String>getList("items.endedOn").stream().allMatch(today.toString()::equals));
    }

    private static void refused(String query, String field) {
        int status = given().auth()
                .oauth2(Scores.token("admin"))
                .get(PATH + "?" + query)
                .then()
                .contentType("application/problem+json")
                .body("field", equalTo(field))
                .extract()
                .statusCode();
        assertTrue(status == 400 || status == 422, query + ": " + status);
    }

    private static List<String> kinds(Map<String, Object> entry) {
        return ((List<?>) entry.get("warnings"))
                .stream().map(w -> (String) ((Map<?, ?>) w).get("kind")).toList();
    }

    private static JsonPath list(String user, String query) {
        return given().auth()
                .oauth2(Scores.token(user))
                .get(PATH + "?" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath scoreAsOf(UUID partnership, LocalDate asOf) {
        return given().auth()
                .oauth2(Scores.token("admin"))
                .queryParam("asOf", asOf.toString())
                .get("/api/v1/evaluation/partnerships/{id}/score", partnership)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String rectification(UUID partnership, LocalDate raisedOn, LocalDate dueOn) {
        return given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "partnershipId",
                        partnership,
                        "issue",
                        "会议纪要缺失",
                        "raisedOn",
                        raisedOn.toString(),
                        "dueOn",
                        dueOn.toString()))
                .post("/api/v1/evaluation/rectifications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
