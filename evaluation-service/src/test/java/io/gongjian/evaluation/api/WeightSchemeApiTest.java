package io.gongjian.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.Published;
import io.gongjian.evaluation.Scores;
import io.gongjian.evaluation.domain.weights.PairwiseComparison;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Weight schemes through the service (WEIGHTS.md): saved by a bureau for its region, they weigh its partnerships'
 * scores and rankings at once. Each test uses a district of its own under 4509, which no other test uses (schemes
 * stay for the whole run and would weigh other tests' partnerships).
 */
@QuarkusTest
class WeightSchemeApiTest {

    static final String PATH = "/api/v1/evaluation/weight-schemes";

    @Inject
    BusinessCalendar calendar;

    /** ORGANIZATION 0.40, the others 0.15; participation 0.6 of ORGANIZATION; 4 activities a year as target. */
    Map<String, Object> scheme(String prefix) {
        Map<String, Object> indicators = new HashMap<>();
        indicators.put("ORG_PARTICIPATION", 0.6);
        indicators.put("ORG_ACTIVITY_FREQUENCY", 0.2);
        indicators.put("ORG_CONSTRUCTION_SCORE", 0.2);
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
        return Map.of(
                "regionPrefix",
                prefix,
                "effectiveFrom",
                calendar.today().toString(),
                "dimensionWeights",
                Map.of("ORGANIZATION", 0.40, "RESOURCE", 0.15, "SOCIAL", 0.15, "INNOVATION", 0.15, "FEEDBACK", 0.15),
                "indicatorWeights",
                indicators,
                "targets",
                Map.of("ORG_ACTIVITY_FREQUENCY", 4));
    }

    @Test
    void aBureausSchemeForItsRegionWeighsTheScoresAndRankingsThereAndIsNamed() {
        String district = "450910";
        UUID partnership = Published.partnership(district);
        Published.activity(UUID.randomUUID(), partnership, 1, false, calendar.today(), 6, 3);
        JsonPath before =
                Scores.await(partnership, s -> new BigDecimal("1.00").equals(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY")));
        // Default scheme: ORGANIZATION (30 + 8.33…) / 2 = 19.17 weighs 0.25 of the 0.85 available → 5.64.
        assertEquals(new BigDecimal("5.64"), before.getObject("composite", BigDecimal.class));
        assertEquals("DEFAULT", before.getString("scheme.prefix"));

        JsonPath saved = given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(scheme(district))
                .post(PATH)
                .then()
                .statusCode(201)
                .body("regionPrefix", equalTo(district))
                .body("createdBy", equalTo("gx-bureau"))
                .extract()
                .jsonPath();
        int version = saved.getInt("version");

        // participation 30 (weight 0.6), frequency 1 a year against the scheme's target 4 → 25 (weight 0.2),
        // construction unavailable: ORGANIZATION = (0.6 × 30 + 0.2 × 25) / 0.8 = 23 / 0.8 = 28.75.
        // RESOURCE, SOCIAL and INNOVATION are 0 (volume indicators with no records), FEEDBACK unavailable:
        // composite = 0.40 × 28.75 / (0.40 + 0.15 + 0.15 + 0.15) = 11.5 / 0.85 = 13.529… → 13.53.
        // coverage = 0.40 × 0.8 + 0.15 × 1 + 0.15 × 0.5 + 0.15 × 0.5 = 0.32 + 0.15 + 0.075 + 0.075 = 0.62.
        JsonPath after = Scores.of(partnership);
        assertEquals(new BigDecimal("13.53"), after.getObject("composite", BigDecimal.class));
        assertEquals(new BigDecimal("0.62"), after.getObject("coverage", BigDecimal.class));
        assertEquals(new BigDecimal("4.00"), Scores.value(after, "ORG_ACTIVITY_FREQUENCY", "target"));
        assertEquals(new BigDecimal("25.00"), Scores.value(after, "ORG_ACTIVITY_FREQUENCY", "score"));
        assertEquals(district, after.getString("scheme.prefix"));
        assertEquals(version, after.getInt("scheme.version"));
        assertEquals(calendar.today().toString(), after.getString("scheme.effectiveFrom"));

        // The same as of yesterday: the scheme was not in effect yet.
        JsonPath yesterday = given().auth()
                .oauth2(Scores.token("admin"))
                .queryParam("asOf", calendar.today().minusDays(1).toString())
                .get("/api/v1/evaluation/partnerships/{id}/score", partnership)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath(Scores.EXACT);
        assertEquals("DEFAULT", yesterday.getString("scheme.prefix"));

        // The district's ranking (kept current) and the province's (computed with Guangxi's scheme, the default).
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .queryParam("region", district)
                .get("/api/v1/evaluation/rankings")
                .then()
                .statusCode(200)
                .body("scheme.prefix", equalTo(district))
                .body("scheme.version", equalTo(version))
                .body("items[0].composite", equalTo(13.53f));
        JsonPath province = given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .queryParam("region", "45")
                .queryParam("size", 100)
                .get("/api/v1/evaluation/rankings")
                .then()
                .statusCode(200)
                .body("scheme.prefix", equalTo("DEFAULT"))
                .extract()
                .jsonPath(Scores.EXACT);
        if (province.getInt("totalItems") <= 100) {
            assertEquals(
                    new BigDecimal("5.64"),
                    province.getObject(
                            "items.find { it.partnershipId == '" + partnership + "' }.composite", BigDecimal.class));
        }

        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .get(PATH + "/{prefix}/{version}", district, version)
                .then()
                .statusCode(200)
                .body("dimensionWeights.ORGANIZATION", equalTo(0.40f))
                .body("targets.ORG_ACTIVITY_FREQUENCY", equalTo(4));
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .queryParam("regionPrefix", district)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.version", org.hamcrest.Matchers.hasItem(version))
                .body("items.regionPrefix", org.hamcrest.Matchers.everyItem(equalTo(district)));
    }

    @Test
    void anotherRegionsBureauIsRefused() {
        given().auth()
                .oauth2(Scores.token("sz-bureau"))
                .contentType(ContentType.JSON)
                .body(scheme("450920"))
                .post(PATH)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Scores.token("viewer"))
                .contentType(ContentType.JSON)
                .body(scheme("450920"))
                .post(PATH)
                .then()
                .statusCode(403);
    }

    @Test
    void comparisonsTooInconsistentAreRefusedNamingTheComparisonMostOutOfLine() {
        List<Double> upper = List.of(9.0, 1 / 9.0, 1.0, 1.0, 9.0, 1.0, 1.0, 1.0, 1.0, 1.0);
        PairwiseComparison.Inconsistent expected = org.junit.jupiter.api.Assertions.assertThrows(
                PairwiseComparison.Inconsistent.class, () -> PairwiseComparison.ofUpperTriangle(upper));
        List<List<Double>> matrix = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < 5; i++) {
            List<Double> row = new ArrayList<>();
            for (int j = 0; j < 5; j++) {
                row.add(j > i ? upper.get(next++) : null);
            }
            matrix.add(row);
        }
        Map<String, Object> body = new HashMap<>(scheme("450930"));
        body.remove("dimensionWeights");
        body.put("pairwiseComparisons", matrix);
        int row = PairwiseComparison.ORDER.indexOf(expected.row());
        int column = PairwiseComparison.ORDER.indexOf(expected.column());

        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("field", equalTo("pairwiseComparisons[" + row + "][" + column + "]"))
                .body("consistencyRatio", greaterThan(0.10f))
                .body("mostInconsistentComparison.row", equalTo(expected.row().name()))
                .body(
                        "mostInconsistentComparison.column",
                        equalTo(expected.column().name()));
    }

    @Test
    void schemesSavedForOnePrefixAtOnceGetDistinctVersions() throws Exception {
        String district = "450940";
        int parallel = 4;
        CyclicBarrier start = new CyclicBarrier(parallel);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<JsonPath>> answers = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                answers.add(pool.submit(() -> {
                    var request = given().auth()
                            .oauth2(Scores.token("gx-bureau"))
                            .contentType(ContentType.JSON)
                            .body(scheme(district));
                    start.await();
                    return request.post(PATH).then().extract().jsonPath();
                }));
            }
            Set<Integer> versions = new TreeSet<>();
            for (Future<JsonPath> answer : answers) {
                JsonPath saved = answer.get();
                if (saved.get("version") != null) {
                    versions.add(saved.getInt("version"));
                } else {
                    assertEquals(409, saved.getInt("status"), saved.prettify());
                }
            }
            // Serialised per prefix: every one saved, one after the other.
            assertEquals(parallel, versions.size());
            assertEquals(versions.iterator().next() + parallel - 1, ((TreeSet<Integer>) versions).last());
        } finally {
            pool.shutdownNow();
        }
    }
}
