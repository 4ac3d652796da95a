package io.gongjian.evaluation;

import static io.restassured.RestAssured.given;

import io.gongjian.testing.AccessMatrix;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** Reads scores through the API as the platform admin, and waits for them to reflect published events. */
public final class Scores {

    private static final AccessMatrix USERS = new AccessMatrix();

    /** Numbers as the service wrote them: 12.00 stays 12.00. */
    public static final JsonPathConfig EXACT =
            JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private Scores() {}

    public static String token(String user) {
        return USERS.token(user);
    }

    public static JsonPath of(UUID partnership) {
        return given().auth()
                .oauth2(token("admin"))
                .get("/api/v1/evaluation/partnerships/{id}/score", partnership)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath(EXACT);
    }

    /** Waits until the partnership's current score satisfies {@code wanted} and returns it. */
    public static JsonPath await(UUID partnership, Predicate<JsonPath> wanted) {
        JsonPath[] last = new JsonPath[1];
        try {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        var response = given().auth()
                                .oauth2(token("admin"))
                                .get("/api/v1/evaluation/partnerships/{id}/score", partnership);
                        if (response.statusCode() != 200) {
                            return false;
                        }
                        last[0] = response.jsonPath(EXACT);
                        return wanted.test(last[0]);
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(
                    "the score of " + partnership + " did not get there; last seen: "
                            + (last[0] == null ? "none" : last[0].prettify()),
                    e);
        }
        return last[0];
    }

    /** An assessment recorded through the API by the Guangxi bureau officer, as {@code 201}: its id. */
    public static String assess(UUID partnership, String kind, int score, LocalDate assessedOn) {
        return given().auth()
                .oauth2(token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "partnershipId",
                        partnership,
                        "kind",
                        kind,
                        "score",
                        score,
                        "assessedOn",
                        assessedOn.toString()))
                .post("/api/v1/evaluation/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The indicator's line of a score response. */
    public static Map<String, Object> indicator(JsonPath score, String code) {
        return score.getMap("indicators.find { it.code == '" + code + "' }");
    }

    public static BigDecimal raw(JsonPath score, String code) {
        Object raw = indicator(score, code).get("raw");
        return raw == null ? null : new BigDecimal(raw.toString());
    }

    public static BigDecimal value(JsonPath score, String code, String field) {
        Object value = indicator(score, code).get(field);
        return value == null ? null : new BigDecimal(value.toString());
    }

    /** Σ weight × score over the available indicators, as a reader of the response would recompute it. */
    public static BigDecimal recomputedComposite(JsonPath score) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map<String, Object> line : score.<Map<String, Object>>getList("indicators")) {
            if (Boolean.TRUE.equals(line.get("available"))) {
                sum = sum.add(new BigDecimal(line.get("weight").toString())
                        .multiply(new BigDecimal(line.get("score").toString())));
            }
        }
        return sum;
    }
}
