package io.gongjian.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.gongjian.client.GongjianApi;
import io.gongjian.client.model.ActivityRequest;
import io.gongjian.client.model.ActivityType;
import io.gongjian.client.model.CoConstructionMode;
import io.gongjian.client.model.OrganizationKind;
import io.gongjian.client.model.Side;
import io.gongjian.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 through the gateway, as a bureau uses it: its own weight scheme moves its partnerships' scores and
 * rankings as WEIGHTS.md says and is named there, another bureau cannot make one for its region, a what-if changes
 * nothing stored, and an early warning that starts reaches a webhook receiver once.
 */
class WeightsAndWarningsThroughGatewayIT {

    /** A county of Chongzuo that no other journey uses: the scheme saved here weighs only this test's partnership. */
    private static final String COUNTY = "451421";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DIMENSIONS =
            List.of("ORGANIZATION", "RESOURCE", "SOCIAL", "INNOVATION", "FEEDBACK");

    private final List<JsonNode> warningsStarted = new CopyOnWriteArrayList<>();

    @Test
    void aBureausSchemeWeighsItsRegionAndAWarningReachesItsReceiverOnce() throws Exception {
        GongjianApi admin = Journeys.as("admin");
        LocalDate today = Journeys.today();
        UUID university = Journeys.register(admin, OrganizationKind.UNIVERSITY, "12450200498600571A", COUNTY);
        Journeys.Activated partnership = Journeys.activePartnershipOf(admin, university);
        admin.activities()
                .logActivity(
                        new ActivityRequest()
                                .partnershipId(partnership.id())
                                .type(ActivityType.JOINT_STUDY)
                                .mode(CoConstructionMode.IDEOLOGY)
                                .title("联合主题党日")
                                .occurredOn(today)
                                .organisingSide(Side.JOINT)
                                .universityPartyMembers(6)
                                .enterprisePartyMembers(3)
                                .attendance(20),
                        Journeys.key(),
                        partnership.consistency());
        JsonPath before = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> score("gx-bureau", partnership.id()),
                        score -> score != null
                                && "ORG_ACTIVITY_FREQUENCY"
                                        .equals(
                                                score.getString(
                                                        "indicators.find { it.code == 'ORG_ACTIVITY_FREQUENCY' && it.raw == 1 }.code")));
        assertEquals("DEFAULT", before.getString("scheme.prefix"));

        HttpServer receiver = receiver();
        try {
            as("gx-bureau")
                    .body(Map.of(
                            "url",
                            "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                            "eventTypes",
                            List.of("warning.started"),
                            "description",
                            "issue 19 journey"))
                    .post(Platform.gatewayUrl() + "/api/v1/evaluation/webhooks")
                    .then()
                    .statusCode(201);

            Map<String, Object> scheme = scheme(Map.of(
                    "ORGANIZATION",
                    "0.10",
                    "RESOURCE",
                    "0.10",
                    "SOCIAL",
                    "0.10",
                    "INNOVATION",
                    "0.60",
                    "FEEDBACK",
                    "0.10"));
            // Another region's bureau may not weigh this county.
            as("sz-bureau").body(scheme).post(schemes()).then().statusCode(403);
            as("gx-bureau").body(scheme).post(schemes()).then().statusCode(201);

            JsonPath after = score("gx-bureau", partnership.id());
            assertEquals(COUNTY, after.getString("scheme.prefix"));
            assertEquals(1, after.getInt("scheme.version"));
            // The dimension scores do not depend on dimension weights; the composite is their weighted mean over
            // the available dimensions under the county's weights (WEIGHTS.md, Aggregation).
            // (The dimension scores shown are rounded to two places: the composite from them is within 0.01.)
            BigDecimal expected = composite(
                    after,
                    Map.of(
                            "ORGANIZATION",
                            0.10,
                            "RESOURCE",
                            0.10,
                            "SOCIAL",
                            0.10,
                            "INNOVATION",
                            0.60,
                            "FEEDBACK",
                            0.10));
            BigDecimal shown = new BigDecimal(after.getString("composite"));
            assertTrue(
                    expected.subtract(shown).abs().compareTo(new BigDecimal("0.01")) <= 0,
                    "composite " + shown + ", by hand from the dimensions " + expected);
            assertNotEquals(before.getString("composite"), after.getString("composite"));
            JsonPath ranking = as("gx-bureau")
                    .queryParam("region", COUNTY)
                    .get(Platform.gatewayUrl() + "/api/v1/evaluation/rankings")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(COUNTY, ranking.getString("scheme.prefix"));
            assertEquals(after.getString("composite"), ranking.getString("items[0].composite"));

            // What-if: innovation weighed like the rest; answered, nothing saved.
            JsonPath whatIf = as("gx-bureau")
                    .body(Map.of(
                            "region",
                            COUNTY,
                            "scheme",
                            weights(Map.of(
                                    "ORGANIZATION",
                                    "0.20",
                                    "RESOURCE",
                                    "0.20",
                                    "SOCIAL",
                                    "0.20",
                                    "INNOVATION",
                                    "0.20",
                                    "FEEDBACK",
                                    "0.20"))))
                    .post(Platform.gatewayUrl() + "/api/v1/evaluation/rankings/what-if")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(after.getString("composite"), whatIf.getString("items[0].applicable.composite"));
            assertEquals(
                    1,
                    as("gx-bureau")
                            .queryParam("regionPrefix", COUNTY)
                            .get(schemes())
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getInt("totalItems"));
            assertEquals(
                    after.getString("composite"),
                    score("gx-bureau", partnership.id()).getString("composite"));

            // A rectification item already past its due date: RECTIFICATION_OVERDUE starts the day after it.
            String item = as("gx-bureau")
                    .header("Idempotency-Key", Journeys.key())
                    .body(Map.of(
                            "partnershipId",
                            partnership.id(),
                            "issue",
                            "支部活动记录不全",
                            "raisedOn",
                            today.minusDays(30).toString(),
                            "dueOn",
                            today.minusDays(3).toString()))
                    .post(Platform.gatewayUrl() + "/api/v1/evaluation/rectifications")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> startedFor(item).size(), count -> count > 0);
            // Scans go on every two seconds: the warning stays open and is not announced again.
            Thread.sleep(6_000);
            List<JsonNode> started = startedFor(item);
            assertEquals(1, started.size(), started.toString());
            assertEquals(
                    partnership.id().toString(),
                    started.get(0).path("partnershipId").asText());
            assertEquals(
                    today.minusDays(2).toString(),
                    started.get(0).path("startedOn").asText());
            JsonPath listed = as("gx-bureau")
                    .queryParam("partnershipId", partnership.id())
                    .queryParam("kind", "RECTIFICATION_OVERDUE")
                    .get(Platform.gatewayUrl() + "/api/v1/evaluation/warnings")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(1, listed.getInt("totalItems"));
            assertEquals(item, listed.getString("items[0].subjectId"));
        } finally {
            receiver.stop(0);
        }
    }

    private HttpServer receiver() throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            if ("warning.started".equals(body.path("type").asText())) {
                warningsStarted.add(body.path("data"));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        return receiver;
    }

    private List<JsonNode> startedFor(String rectification) {
        return warningsStarted.stream()
                .filter(data -> rectification.equals(data.path("subjectId").asText()))
                .toList();
    }

    /** A scheme to save for the county with these dimension weights and equal weights inside each dimension. */
    private static Map<String, Object> scheme(Map<String, String> dimensionWeights) {
        Map<String, Object> scheme = new LinkedHashMap<>();
        scheme.put("regionPrefix", COUNTY);
        scheme.put("effectiveFrom", "2020-01-01");
        scheme.putAll(weights(dimensionWeights));
        return scheme;
    }

    /** The weights of a scheme (what a what-if is given): these dimension weights, equal ones inside each. */
    private static Map<String, Object> weights(Map<String, String> dimensionWeights) {
        Map<String, Object> scheme = new LinkedHashMap<>();
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        dimensionWeights.forEach((dimension, weight) -> weights.put(dimension, new BigDecimal(weight)));
        scheme.put("dimensionWeights", weights);
        scheme.put("indicatorWeights", equalIndicatorWeights());
        return scheme;
    }

    private static Map<String, BigDecimal> equalIndicatorWeights() {
        JsonPath catalogue = as("gx-bureau")
                .get(Platform.gatewayUrl() + "/api/v1/evaluation/indicators")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> indicators = catalogue.getList("indicators");
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS) {
            List<String> codes = indicators.stream()
                    .filter(indicator -> dimension.equals(indicator.get("dimension")))
                    .map(indicator -> (String) indicator.get("code"))
                    .toList();
            BigDecimal share = BigDecimal.ONE.divide(BigDecimal.valueOf(codes.size()), 20, RoundingMode.DOWN);
            BigDecimal rest = BigDecimal.ONE.subtract(share.multiply(BigDecimal.valueOf(codes.size() - 1L)));
            for (int i = 0; i < codes.size(); i++) {
                weights.put(codes.get(i), i == 0 ? rest : share);
            }
        }
        return weights;
    }

    /** Σ weight × dimension score over the available dimensions ÷ Σ of their weights, to two places half-up. */
    private static BigDecimal composite(JsonPath score, Map<String, Double> weights) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal available = BigDecimal.ZERO;
        for (Map<String, Object> dimension : score.<Map<String, Object>>getList("dimensions")) {
            if (Boolean.TRUE.equals(dimension.get("available"))) {
                BigDecimal weight = BigDecimal.valueOf(weights.get((String) dimension.get("code")));
                weighted = weighted.add(
                        weight.multiply(new BigDecimal(dimension.get("score").toString())));
                available = available.add(weight);
            }
        }
        return weighted.divide(available, 2, RoundingMode.HALF_UP);
    }

    private static JsonPath score(String user, UUID partnership) {
        var response =
                as(user).get(Platform.gatewayUrl() + "/api/v1/evaluation/partnerships/" + partnership + "/score");
        return response.statusCode() == 200 ? response.jsonPath() : null;
    }

    private static String schemes() {
        return Platform.gatewayUrl() + "/api/v1/evaluation/weight-schemes";
    }

    private static RequestSpecification as(String user) {
        return given().auth()
                .oauth2(Tokens.forUser(Platform.keycloakUrl(), user))
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }
}
