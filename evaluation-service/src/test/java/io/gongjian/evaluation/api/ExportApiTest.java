package io.gongjian.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.Published;
import io.gongjian.evaluation.Scores;
import io.gongjian.evaluation.api.workbook.WorkbookFigures;
import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.evaluation.domain.Indicator;
import io.gongjian.export.ExportMediaTypes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Scores and lists leaving the service as spreadsheets, through HTTP with real tokens, events and database. */
@QuarkusTest
class ExportApiTest {

    @Inject
    BusinessCalendar calendar;

    @Test
    void theScoreWorkbookRecomputesTheScoreTheApiServes() {
        LocalDate today = calendar.today();
        UUID partnership = Published.partnership("450200");
        Published.activity(UUID.randomUUID(), partnership, 1, false, today.minusDays(3), 6, 3);
        Published.activity(UUID.randomUUID(), partnership, 1, false, today.minusDays(40), 11, 7);
        Published.exchange(UUID.randomUUID(), partnership, 1, today.minusDays(10), 17);
        UUID output = UUID.randomUUID();
        Published.achievement(output, partnership, "RESEARCH_OUTPUT", today.minusDays(60));
        Published.achievement(UUID.randomUUID(), partnership, "RESEARCH_OUTPUT", today.minusDays(20));
        Published.achievement(UUID.randomUUID(), partnership, "TEACHING_RESOURCE", today.minusDays(5));
        Published.conversion(UUID.randomUUID(), partnership, output, today.minusDays(30), "123.45");
        record(
                "assessments",
                Map.of(
                        "partnershipId",
                        partnership,
                        "kind",
                        "ORG_CONSTRUCTION",
                        "score",
                        83.5,
                        "assessedOn",
                        today.minusDays(2).toString()));
        record(
                "surveys",
                Map.of(
                        "partnershipId",
                        partnership,
                        "kind",
                        "SATISFACTION",
                        "side",
                        "UNIVERSITY",
                        "collectedOn",
                        today.minusDays(1).toString(),
                        "respondents",
                        37,
                        "mean",
                        new BigDecimal("86.4")));
        record(
                "surveys",
                Map.of(
                        "partnershipId",
                        partnership,
                        "kind",
                        "SATISFACTION",
                        "side",
                        "ENTERPRISE",
                        "collectedOn",
                        today.minusDays(1).toString(),
                        "respondents",
                        9,
                        "mean",
                        new BigDecimal("91.25")));
        JsonPath score = Scores.await(
                partnership,
                s -> new BigDecimal("123.45").equals(Scores.raw(s, "SOC_ECONOMIC_CONTRIBUTION"))
                        && Scores.raw(s, "FB_SATISFACTION_INDEX") != null
                        && Scores.raw(s, "ORG_CONSTRUCTION_SCORE") != null
                        && new BigDecimal("2.00").equals(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY")));

        byte[] xlsx = given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .accept(ExportMediaTypes.XLSX)
                .get("/api/v1/evaluation/partnerships/{id}/score", partnership)
                .then()
                .statusCode(200)
                .contentType(ExportMediaTypes.XLSX)
                .header("Content-Disposition", containsString(".xlsx"))
                .extract()
                .asByteArray();

        WorkbookFigures figures = new WorkbookFigures(xlsx);
        assertEquals(score.getObject("composite", BigDecimal.class).toPlainString(), figures.composite());
        assertEquals(score.getObject("coverage", BigDecimal.class).toPlainString(), figures.coverage());
        assertEquals(score.getString("grade"), figures.grade());
        for (Dimension dimension : Dimension.values()) {
            Object shown = score.getMap("dimensions.find { it.code == '" + dimension + "' }")
                    .get("score");
            assertEquals(
                    shown == null ? "" : new BigDecimal(shown.toString()).toPlainString(),
                    figures.dimension(dimension));
        }
        for (Indicator indicator : Indicator.values()) {
            BigDecimal raw = Scores.raw(score, indicator.name());
            assertEquals(
                    raw == null ? "" : raw.toPlainString(),
                    figures.indicator(indicator).raw(),
                    indicator.name());
        }
    }

    @Test
    void theWorkbookIsNotForViewersAndAnUnknownMediaTypeIsRefused() {
        UUID partnership = Published.partnership("450200");
        Scores.await(partnership, s -> s.getString("grade") != null);
        given().auth()
                .oauth2(Scores.token("viewer"))
                .accept(ExportMediaTypes.XLSX)
                .get("/api/v1/evaluation/partnerships/{id}/score", partnership)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Scores.token("admin"))
                .accept("application/pdf")
                .get("/api/v1/evaluation/partnerships/{id}/score", partnership)
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("status", equalTo(406));
    }

    private static void record(String collection, Map<String, Object> body) {
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/evaluation/" + collection)
                .then()
                .statusCode(201);
    }
}
