package io.gongjian.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.Published;
import io.gongjian.evaluation.Scores;
import io.gongjian.evaluation.domain.Indicator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Peer percentiles (WEIGHTS.md) of partnerships of province 64 (Ningxia), which no other test uses: its ACTIVE
 * partnerships are exactly the ones made here.
 */
@QuarkusTest
class PeerPercentileApiTest {

    static final String PATH = "/api/v1/evaluation/partnerships/{id}/score/percentiles";

    @Inject
    BusinessCalendar calendar;

    @Test
    void eachIndicatorsPercentileAmongTheProvincesActivePartnershipsIsAsComputedByHand() {
        UUID first = Published.partnership("640100"); // 3 activities, exchanges of 10
        UUID second = Published.partnership("640100"); // 1 activity, exchanges of 20
        UUID third = Published.partnership("640200"); // 1 activity
        UUID fourth = Published.partnership("640300"); // nothing
        UUID university = UUID.randomUUID();
        UUID enterprise = UUID.randomUUID();
        Published.organization(university, 1, 20);
        Published.organization(enterprise, 1, 10);
        UUID suspended = UUID.randomUUID(); // not a peer: not ACTIVE (and its 9 activities count nowhere)
        Published.partnership(suspended, 1, "ACTIVE", "640100", university, enterprise, Map.of());
        for (int i = 0; i < 9; i++) {
            Published.activity(UUID.randomUUID(), suspended, 1, false, calendar.today(), 6, 3);
        }
        Scores.await(suspended, s -> new BigDecimal("9.00").equals(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY")));
        Published.partnership(suspended, 2, "SUSPENDED", "640100", university, enterprise, Map.of());
        for (int i = 0; i < 3; i++) {
            Published.activity(UUID.randomUUID(), first, 1, false, calendar.today(), 6, 3);
        }
        Published.activity(UUID.randomUUID(), second, 1, false, calendar.today(), 6, 3);
        Published.activity(UUID.randomUUID(), third, 1, false, calendar.today(), 6, 3);
        Published.exchange(UUID.randomUUID(), first, 1, calendar.today(), 10);
        Published.exchange(UUID.randomUUID(), second, 1, calendar.today(), 20);
        Scores.await(
                first,
                s -> new BigDecimal("3.00").equals(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY"))
                        && new BigDecimal("10.00").equals(Scores.raw(s, "RES_TALENT_EXCHANGES")));
        Scores.await(
                second,
                s -> new BigDecimal("1.00").equals(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY"))
                        && new BigDecimal("20.00").equals(Scores.raw(s, "RES_TALENT_EXCHANGES")));
        Scores.await(third, s -> new BigDecimal("1.00").equals(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY")));
        Scores.await(fourth, s -> s.getString("grade") != null);
        awaitStatus(suspended);

        // ORG_ACTIVITY_FREQUENCY, raws 3, 1, 1, 0 (4 peers; the suspended one's 9 does not count):
        // first 100 × 3 ÷ 3 = 100.0; second 100 × (1 + 0.5 × 1) ÷ 3 = 50.0; fourth 0.0.
        // RES_TALENT_EXCHANGES, raws 10, 20, 0, 0: first 100 × 2 ÷ 3 = 66.666… → 66.7; second 100.0;
        // third 100 × (0 + 0.5) ÷ 3 = 16.666… → 16.7.
        // ORG_PARTICIPATION, available for the three with activities, each 0.30: 100 × (0 + 0.5 × 2) ÷ 2 = 50.0;
        // the fourth has none: no raw, no percentile, 3 peers.
        // ORG_CONSTRUCTION_SCORE: nobody has an assessment: 0 peers.
        JsonPath firstAnswer = percentiles("admin", first);
        assertEquals(first.toString(), firstAnswer.getString("partnershipId"));
        assertEquals(calendar.today().toString(), firstAnswer.getString("asOf"));
        assertEquals(365, firstAnswer.getInt("windowDays"));
        assertEquals("64", firstAnswer.getString("peerRegion"));
        assertEquals(
                Arrays.stream(Indicator.values()).map(Indicator::name).toList(),
                firstAnswer.getList("indicators.indicator"));
        assertLine(firstAnswer, "ORG_ACTIVITY_FREQUENCY", "3.00", 4, "100.0");
        assertLine(firstAnswer, "RES_TALENT_EXCHANGES", "10.00", 4, "66.7");
        assertLine(firstAnswer, "ORG_PARTICIPATION", "0.30", 3, "50.0");
        assertLine(firstAnswer, "ORG_CONSTRUCTION_SCORE", null, 0, null);
        assertLine(firstAnswer, "INN_PRACTICES", "0.00", 4, "50.0");

        JsonPath secondAnswer = percentiles("viewer", second);
        assertLine(secondAnswer, "ORG_ACTIVITY_FREQUENCY", "1.00", 4, "50.0");
        assertLine(secondAnswer, "RES_TALENT_EXCHANGES", "20.00", 4, "100.0");
        assertLine(percentiles("admin", third), "RES_TALENT_EXCHANGES", "0.00", 4, "16.7");
        JsonPath fourthAnswer = percentiles("admin", fourth);
        assertLine(fourthAnswer, "ORG_ACTIVITY_FREQUENCY", "0.00", 4, "0.0");
        assertLine(fourthAnswer, "ORG_PARTICIPATION", null, 3, null);

        // The suspended partnership is its own peer, though no one else's: 9 above the four others' 3, 1, 1, 0.
        assertLine(percentiles("admin", suspended), "ORG_ACTIVITY_FREQUENCY", "9.00", 5, "100.0");

        // Scoped as the score: another region's bureau does not see it, a Ningxia partnership is outside Guangxi.
        for (String user : new String[] {"gx-bureau", "sz-bureau", "lzzy-admin"}) {
            given().auth()
                    .oauth2(Scores.token(user))
                    .get(PATH, first)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aPartnershipAloneInItsProvinceHasNoPercentile() {
        UUID alone = Published.partnership("630100"); // province 63, which no other test uses
        Published.activity(UUID.randomUUID(), alone, 1, false, calendar.today(), 6, 3);
        Scores.await(alone, s -> new BigDecimal("1.00").equals(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY")));

        JsonPath answer = percentiles("admin", alone);
        assertEquals("63", answer.getString("peerRegion"));
        assertLine(answer, "ORG_ACTIVITY_FREQUENCY", "1.00", 1, null);
        assertLine(answer, "ORG_PARTICIPATION", "0.30", 1, null);

        given().auth()
                .oauth2(Scores.token("admin"))
                .queryParam("asOf", calendar.today().minusDays(1).toString())
                .queryParam("windowDays", 30)
                .get(PATH, alone)
                .then()
                .statusCode(200)
                .body("asOf", equalTo(calendar.today().minusDays(1).toString()))
                .body("windowDays", equalTo(30))
                .body("indicators", hasSize(13));
        given().auth()
                .oauth2(Scores.token("admin"))
                .queryParam("windowDays", 29)
                .get(PATH, alone)
                .then()
                .statusCode(422)
                .body("field", equalTo("windowDays"));
        given().auth()
                .oauth2(Scores.token("admin"))
                .get(PATH, UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    private static JsonPath percentiles(String user, UUID partnership) {
        return given().auth()
                .oauth2(Scores.token(user))
                .get(PATH, partnership)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath(Scores.EXACT);
    }

    private static void assertLine(JsonPath answer, String indicator, String raw, int peers, String percentile) {
        String line = "indicators.find { it.indicator == '" + indicator + "' }";
        assertEquals(
                raw == null ? null : new BigDecimal(raw), answer.getObject(line + ".raw", BigDecimal.class), indicator);
        assertEquals(peers, answer.getInt(line + ".peers"), indicator);
        BigDecimal shown = answer.getObject(line + ".percentile", BigDecimal.class);
        if (percentile == null) {
            assertNull(shown, indicator);
        } else {
            assertEquals(new BigDecimal(percentile), shown, indicator);
        }
    }

    private static void awaitStatus(UUID partnership) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> given()
                        .auth()
                        .oauth2(Scores.token("admin"))
                        .queryParam("region", "64")
                        .queryParam("size", 100)
                        .get("/api/v1/evaluation/rankings")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.partnershipId")
                        .stream()
                        .noneMatch(partnership.toString()::equals));
    }
}
