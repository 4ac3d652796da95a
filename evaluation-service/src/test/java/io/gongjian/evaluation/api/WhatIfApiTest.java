package io.gongjian.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.Published;
import io.gongjian.evaluation.Scores;
import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.evaluation.domain.weights.PairwiseComparison;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What-if rankings and the pairwise consistency check (WEIGHTS.md): a ranking under a scheme given in the request
 * beside the applicable one, nothing saved. The ranked partnerships live in district 450950, which no other test
 * uses and no saved scheme covers.
 */
@QuarkusTest
class WhatIfApiTest {

    static final String WHAT_IF = "/api/v1/evaluation/rankings/what-if";
    static final String CONSISTENCY = "/api/v1/evaluation/weight-schemes/consistency";

    @Inject
    BusinessCalendar calendar;

    /**
     * INNOVATION's weight doubled, 0.20 → 0.40, the others made room (0.20, 0.15, 0.15, 0.10); the first indicator of
     * each dimension weighs half of it; one innovative practice a year is the target.
     */
    static Map<String, Object> innovationTwice() {
        Map<String, Object> scheme = new HashMap<>();
        scheme.put(
                "dimensionWeights",
                Map.of("ORGANIZATION", 0.20, "RESOURCE", 0.15, "SOCIAL", 0.15, "INNOVATION", 0.40, "FEEDBACK", 0.10));
        scheme.put("indicatorWeights", halfOnTheFirst());
        scheme.put("targets", Map.of("INN_PRACTICES", 1));
        return scheme;
    }

    static Map<String, Object> halfOnTheFirst() {
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
        return indicators;
    }

    @Test
    void doublingInnovationsWeightReordersTheRankingAsComputedByHandAndChangesNothingStored() {
        String district = "450950";
        UUID organizer = Published.partnership(district); // seven activities: strong in ORGANIZATION
        UUID innovator = Published.partnership(district); // one innovative practice
        UUID university = UUID.randomUUID();
        UUID enterprise = UUID.randomUUID();
        Published.organization(university, 1, 20);
        Published.organization(enterprise, 1, 10);
        UUID ambitious = UUID.randomUUID(); // one innovative practice against its agreement's target of 4
        Published.partnership(
                ambitious, 1, "ACTIVE", district, university, enterprise, Map.of("INN_PRACTICES", new BigDecimal("4")));
        UUID draft = UUID.randomUUID();
        Published.partnership(draft, 1, "DRAFT", district, UUID.randomUUID(), UUID.randomUUID(), Map.of());
        for (int i = 0; i < 7; i++) {
            Published.activity(UUID.randomUUID(), organizer, 1, false, calendar.today(), 6, 3);
        }
        Published.achievement(UUID.randomUUID(), innovator, "INNOVATIVE_PRACTICE", calendar.today());
        Published.achievement(UUID.randomUUID(), ambitious, "INNOVATIVE_PRACTICE", calendar.today());
        Scores.await(
                organizer,
                s -> new BigDecimal("7.00").equals(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY"))
                        && new BigDecimal("0.30").equals(Scores.raw(s, "ORG_PARTICIPATION")));
        Scores.await(innovator, s -> new BigDecimal("1.00").equals(Scores.raw(s, "INN_PRACTICES")));
        Scores.await(ambitious, s -> new BigDecimal("1.00").equals(Scores.raw(s, "INN_PRACTICES")));
        Scores.await(draft, s -> s.getString("grade") != null);

        long schemesBefore = schemeCount();
        String feedBefore = ChangeFeedTest.end("admin");

        JsonPath whatIf = given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(Map.of("region", district, "scheme", innovationTwice()))
                .post(WHAT_IF)
                .then()
                .statusCode(200)
                .body("region", equalTo(district))
                .body("asOf", equalTo(calendar.today().toString()))
                .body("windowDays", equalTo(365))
                .body("applicableScheme.prefix", equalTo("DEFAULT"))
                .body("givenScheme.consistencyRatio", nullValue())
                .body("totalItems", equalTo(3))
                .extract()
                .jsonPath(Scores.EXACT);

        assertEquals(
                0,
                new BigDecimal("0.40")
                        .compareTo(whatIf.getObject("givenScheme.dimensionWeights.INNOVATION", BigDecimal.class)));
        assertEquals(
                0, BigDecimal.ONE.compareTo(whatIf.getObject("givenScheme.targets.INN_PRACTICES", BigDecimal.class)));
        // Under the default scheme (FEEDBACK unavailable everywhere: the others weigh 0.85; RESOURCE and SOCIAL 0):
        // organizer: ORGANIZATION (participation 30 + frequency 100 × 7/12) / 2 = 44.1666…, × 0.25 ÷ 0.85 = 12.99;
        // innovator: INNOVATION practices 100 × 1/2 = 50, × 0.20 ÷ 0.85 = 11.76;
        // ambitious: practices 100 × 1/4 (its agreement's target) = 25, × 0.20 ÷ 0.85 = 5.88.
        // Under the given scheme (available dimensions weigh 0.20 + 0.15 + 0.15 + 0.40 = 0.90):
        // organizer: ORGANIZATION (0.5 × 30 + 0.25 × 58.333…) ÷ 0.75 = 39.444…, × 0.20 ÷ 0.90 = 8.77;
        // innovator: practices against the scheme's target 1 → 100, × 0.40 ÷ 0.90 = 44.44;
        // ambitious: its agreement's target 4 still comes first → 25, × 0.40 ÷ 0.90 = 11.11.
        assertEquals(
                List.of(
                        Published.code(innovator, district),
                        Published.code(ambitious, district),
                        Published.code(organizer, district)),
                whatIf.getList("items.code"));
        assertItem(whatIf, 0, innovator, 2, "11.76", 1, "44.44", 1);
        assertItem(whatIf, 1, ambitious, 3, "5.88", 2, "11.11", 1);
        assertItem(whatIf, 2, organizer, 1, "12.99", 3, "8.77", -2);
        // coverage 0.475 under the given scheme (ORGANIZATION 0.20 × 0.25 + RESOURCE 0.15 + SOCIAL 0.15 × 0.5 +
        // INNOVATION 0.40 × 0.5): too little data for a grade; the organizer's 0.575 is graded.
        assertEquals("INSUFFICIENT_DATA", whatIf.getString("items[0].whatIf.grade"));
        assertEquals("NEEDS_IMPROVEMENT", whatIf.getString("items[2].whatIf.grade"));

        // The applicable side is the ranking itself.
        JsonPath ranking = given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .queryParam("region", district)
                .get("/api/v1/evaluation/rankings")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath(Scores.EXACT);
        for (int i = 0; i < 3; i++) {
            String id = ranking.getString("items[" + i + "].partnershipId");
            String item = "items.find { it.partnershipId == '" + id + "' }";
            assertEquals(ranking.getInt("items[" + i + "].rank"), whatIf.getInt(item + ".applicable.rank"));
            assertEquals(
                    ranking.getObject("items[" + i + "].composite", BigDecimal.class),
                    whatIf.getObject(item + ".applicable.composite", BigDecimal.class));
        }

        // A page of it: the second by the given scheme.
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .queryParam("page", 1)
                .queryParam("size", 1)
                .body(Map.of("region", district, "scheme", innovationTwice()))
                .post(WHAT_IF)
                .then()
                .statusCode(200)
                .body("items.partnershipId", contains(ambitious.toString()))
                .body("page", equalTo(1))
                .body("totalPages", equalTo(3));

        // Nothing stored changed: no scheme saved, the scores still the default's, nothing in the change feed.
        assertEquals(schemesBefore, schemeCount());
        JsonPath organizerScore = Scores.of(organizer);
        assertEquals(new BigDecimal("12.99"), organizerScore.getObject("composite", BigDecimal.class));
        assertEquals("DEFAULT", organizerScore.getString("scheme.prefix"));
        List<Map<String, Object>> changes =
                ChangeFeedTest.page("admin", feedBefore, 500).getList("items");
        List<String> ours = List.of(organizer.toString(), innovator.toString(), ambitious.toString());
        assertTrue(
                changes.stream().noneMatch(change -> ours.contains((String) change.get("partnershipId"))),
                changes.toString());
    }

    @Test
    void comparisonsGiveTheSchemeTheirWeightsAndCr() {
        Map<String, Object> scheme = new HashMap<>();
        scheme.put("pairwiseComparisons", upperTriangle(2, 4, 4, 8, 2, 2, 4, 1, 2, 2));
        scheme.put("indicatorWeights", halfOnTheFirst());
        JsonPath answer = given().auth()
                .oauth2(Scores.token("admin"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "region",
                        "450950",
                        "asOf",
                        calendar.today().minusDays(1).toString(),
                        "windowDays",
                        90,
                        "scheme",
                        scheme))
                .post(WHAT_IF)
                .then()
                .statusCode(200)
                .body("asOf", equalTo(calendar.today().minusDays(1).toString()))
                .body("windowDays", equalTo(90))
                .extract()
                .jsonPath(Scores.EXACT);
        // consistent: a_ij = w_i / w_j for w = (8, 4, 2, 2, 1) / 17
        assertEquals(8.0 / 17, answer.getDouble("givenScheme.dimensionWeights.ORGANIZATION"), 1e-9);
        assertEquals(1.0 / 17, answer.getDouble("givenScheme.dimensionWeights.FEEDBACK"), 1e-9);
        assertEquals(0, answer.getDouble("givenScheme.consistencyRatio"), 1e-9);
    }

    @Test
    void aSchemeIsRefusedAsSavingWouldRefuseIt() {
        Map<String, Object> nonReciprocal = new HashMap<>();
        List<List<Double>> matrix = upperTriangle(2, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        matrix.get(1).set(0, 2.0); // must be 1/2 or omitted
        nonReciprocal.put("pairwiseComparisons", matrix);
        nonReciprocal.put("indicatorWeights", halfOnTheFirst());
        refused(nonReciprocal, "pairwiseComparisons[1][0]");

        List<List<Double>> inconsistent = upperTriangle(9, 1 / 9.0, 1, 1, 9, 1, 1, 1, 1, 1);
        PairwiseComparison.Inconsistent expected =
                assertThrows(PairwiseComparison.Inconsistent.class, () -> PairwiseComparison.of(inconsistent));
        Map<String, Object> tooInconsistent = new HashMap<>(nonReciprocal);
        tooInconsistent.put("pairwiseComparisons", inconsistent);
        refused(
                        tooInconsistent,
                        "pairwiseComparisons[" + PairwiseComparison.ORDER.indexOf(expected.row()) + "]["
                                + PairwiseComparison.ORDER.indexOf(expected.column()) + "]")
                .body("consistencyRatio", greaterThan(0.10f))
                .body("mostInconsistentComparison.row", equalTo(expected.row().name()));

        Map<String, Object> both = new HashMap<>(innovationTwice());
        both.put("pairwiseComparisons", upperTriangle(1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        refused(both, "dimensionWeights");

        Map<String, Object> offSum = new HashMap<>(innovationTwice());
        offSum.put(
                "dimensionWeights",
                Map.of("ORGANIZATION", 0.25, "RESOURCE", 0.15, "SOCIAL", 0.15, "INNOVATION", 0.40, "FEEDBACK", 0.10));
        refused(offSum, "dimensionWeights")
                .body("detail", equalTo("the dimension weights sum to 1.05; they must sum to 1 (within 0.000001)"));

        Map<String, Object> targetOfAScore = new HashMap<>(innovationTwice());
        targetOfAScore.put("targets", Map.of("SOC_INFLUENCE_INDEX", 80));
        refused(targetOfAScore, "targets.SOC_INFLUENCE_INDEX");

        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(Map.of("region", "450950"))
                .post(WHAT_IF)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("field", equalTo("scheme"));
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(Map.of("region", "450950", "windowDays", 20, "scheme", innovationTwice()))
                .post(WHAT_IF)
                .then()
                .statusCode(422)
                .body("field", equalTo("windowDays"));
    }

    @Test
    void anotherRegionsBureauRanksOnlyItsOwnRegion() {
        given().auth()
                .oauth2(Scores.token("sz-bureau"))
                .contentType(ContentType.JSON)
                .body(Map.of("region", "450950", "scheme", innovationTwice()))
                .post(WHAT_IF)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        UUID shenzhen = Published.partnership("440305");
        Scores.await(shenzhen, s -> s.getString("grade") != null);
        given().auth()
                .oauth2(Scores.token("sz-bureau"))
                .contentType(ContentType.JSON)
                .queryParam("size", 100)
                .body(Map.of("scheme", innovationTwice()))
                .post(WHAT_IF)
                .then()
                .statusCode(200)
                .body("region", equalTo("4403"))
                .body("items.partnershipId", hasItem(shenzhen.toString()))
                .body("items.regionCode", everyItem(startsWith("4403")));
        given().auth()
                .oauth2(Scores.token("lzzy-admin"))
                .contentType(ContentType.JSON)
                .body(Map.of("scheme", innovationTwice()))
                .post(WHAT_IF)
                .then()
                .statusCode(403);
    }

    @Test
    void theConsistencyCheckAnswersHoweverInconsistentAndNamesThePairToRevise() {
        List<List<Double>> inconsistent = upperTriangle(9, 1 / 9.0, 3, 5, 9, 3, 1, 1 / 3.0, 2, 1);
        PairwiseComparison measured = PairwiseComparison.measured(inconsistent);
        JsonPath answer = given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(Map.of("pairwiseComparisons", inconsistent))
                .post(CONSISTENCY)
                .then()
                .statusCode(200)
                .body("acceptable", equalTo(false))
                .body("mostInconsistent.row", equalTo("ORGANIZATION"))
                .body("mostInconsistent.column", equalTo("SOCIAL"))
                .extract()
                .jsonPath(Scores.EXACT);
        // the reference figures of PairwiseComparisonTest
        assertEquals(1.42887033586875089469, answer.getDouble("consistencyRatio"), 1e-9);
        assertEquals(measured.lambdaMax(), answer.getDouble("lambdaMax"), 1e-12);
        assertEquals(measured.consistencyIndex(), answer.getDouble("consistencyIndex"), 1e-12);
        assertEquals(measured.weight(Dimension.SOCIAL), answer.getDouble("dimensionWeights.SOCIAL"), 1e-12);

        JsonPath consistent = given().auth()
                .oauth2(Scores.token("admin"))
                .contentType(ContentType.JSON)
                .body(Map.of("pairwiseComparisons", upperTriangle(2, 4, 4, 8, 2, 2, 4, 1, 2, 2)))
                .post(CONSISTENCY)
                .then()
                .statusCode(200)
                .body("acceptable", equalTo(true))
                .body("mostInconsistent", nullValue())
                .extract()
                .jsonPath(Scores.EXACT);
        assertEquals(4.0 / 17, consistent.getDouble("dimensionWeights.RESOURCE"), 1e-9);
        assertEquals(5, consistent.getDouble("lambdaMax"), 1e-9);
        assertEquals(0, consistent.getDouble("consistencyRatio"), 1e-9);

        List<List<Double>> outOfScale = upperTriangle(10, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        consistencyRefused(Map.of("pairwiseComparisons", outOfScale), "pairwiseComparisons[0][1]");
        List<List<Double>> nonReciprocal = upperTriangle(1, 1, 3, 1, 1, 1, 1, 1, 1, 1);
        nonReciprocal.get(3).set(0, 3.0);
        consistencyRefused(Map.of("pairwiseComparisons", nonReciprocal), "pairwiseComparisons[3][0]");
        consistencyRefused(Map.of("pairwiseComparisons", nonReciprocal.subList(0, 4)), "pairwiseComparisons");
        consistencyRefused(Map.of(), "pairwiseComparisons");

        for (String user : List.of("viewer", "lzzy-admin")) {
            given().auth()
                    .oauth2(Scores.token(user))
                    .contentType(ContentType.JSON)
                    .body(Map.of("pairwiseComparisons", upperTriangle(1, 1, 1, 1, 1, 1, 1, 1, 1, 1)))
                    .post(CONSISTENCY)
                    .then()
                    .statusCode(403);
        }
    }

    private static void assertItem(
            JsonPath whatIf,
            int index,
            UUID partnership,
            int applicableRank,
            String applicableComposite,
            int whatIfRank,
            String whatIfComposite,
            int rankChange) {
        String item = "items[" + index + "]";
        assertEquals(partnership.toString(), whatIf.getString(item + ".partnershipId"));
        assertEquals(applicableRank, whatIf.getInt(item + ".applicable.rank"));
        assertEquals(
                new BigDecimal(applicableComposite),
                whatIf.getObject(item + ".applicable.composite", BigDecimal.class));
        assertEquals(whatIfRank, whatIf.getInt(item + ".whatIf.rank"));
        assertEquals(new BigDecimal(whatIfComposite), whatIf.getObject(item + ".whatIf.composite", BigDecimal.class));
        assertEquals(rankChange, whatIf.getInt(item + ".rankChange"));
        assertEquals("450950", whatIf.getString(item + ".regionCode"));
    }

    private static ValidatableResponse refused(Map<String, Object> scheme, String field) {
        return given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(Map.of("region", "450950", "scheme", scheme))
                .post(WHAT_IF)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("field", equalTo(field));
    }

    private static void consistencyRefused(Map<String, Object> body, String field) {
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(body)
                .post(CONSISTENCY)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("field", equalTo(field));
    }

    private long schemeCount() {
        return given().auth()
                .oauth2(Scores.token("admin"))
                .get(WeightSchemeApiTest.PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totalItems");
    }

    /** The 10 values above the diagonal as a 5×5 matrix, the rest omitted (null). */
    static List<List<Double>> upperTriangle(double... above) {
        List<List<Double>> rows = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < 5; i++) {
            List<Double> row = new ArrayList<>();
            for (int j = 0; j < 5; j++) {
                row.add(j > i ? above[next++] : null);
            }
            rows.add(row);
        }
        return rows;
    }
}
