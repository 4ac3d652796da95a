package io.gongjian.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.Published;
import io.gongjian.evaluation.Scores;
import io.gongjian.evaluation.api.workbook.WorkbookFigures;
import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.evaluation.domain.Grade;
import io.gongjian.evaluation.domain.Indicator;
import io.gongjian.export.ExportMediaTypes;
import io.gongjian.testing.ExportedLists;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
        record("assessments", assessment(partnership, today.minusDays(2), "双支部结对机制健全"));
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

    @Test
    void theRankingAsCsvAndXlsxListsTheWholeRankingOfTheSameRegionInTheSameOrder() throws Exception {
        String region =
                "45" + (1000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(9000));
        List<UUID> partnerships = new ArrayList<>();
        for (int activities = 0; activities < 3; activities++) {
            UUID partnership = Published.partnership(region);
            partnerships.add(partnership);
            for (int i = 0; i < activities; i++) {
                Published.activity(UUID.randomUUID(), partnership, 1, false, calendar.today(), 6, 3);
            }
            BigDecimal expected = new BigDecimal(activities).setScale(2);
            Scores.await(partnership, s -> expected.equals(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY")));
        }
        JsonPath json = given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .queryParam("region", region)
                .queryParam("size", 100)
                .get("/api/v1/evaluation/rankings")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath(Scores.EXACT);
        List<String> codes = json.getList("items.code");
        assertEquals(3, codes.size());

        byte[] csv = given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .queryParam("region", region)
                .queryParam("size", 1) // paging is the JSON list's; an export is the whole list
                .accept(ExportMediaTypes.CSV)
                .get("/api/v1/evaluation/rankings")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString(".csv"))
                .extract()
                .asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(csv[0], csv[1], csv[2]));
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertEquals(
                "名次 rank,项目编号 code,项目名称 title,行政区划 region code,综合得分 composite,等级 grade,"
                        + "等级名称 grade (zh),覆盖率 coverage,共建项目编号 partnership id",
                lines.get(0));
        assertEquals(4, lines.size());
        for (int i = 0; i < 3; i++) {
            String line = lines.get(i + 1);
            assertTrue(line.startsWith((i + 1) + "," + codes.get(i) + ","), line);
            assertTrue(line.contains("," + json.getObject("items[" + i + "].composite", BigDecimal.class) + ","), line);
        }

        byte[] xlsx = given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .queryParam("region", region)
                .accept(ExportMediaTypes.XLSX)
                .get("/api/v1/evaluation/rankings")
                .then()
                .statusCode(200)
                .contentType(ExportMediaTypes.XLSX)
                .extract()
                .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(3, sheet.getLastRowNum());
            for (int i = 0; i < 3; i++) {
                assertEquals(codes.get(i), sheet.getRow(i + 1).getCell(1).getStringCellValue());
                assertEquals(i + 1, (int) sheet.getRow(i + 1).getCell(0).getNumericCellValue());
            }
        }

        // The same scope as the JSON list: another province's officer is refused, as a problem, not a file.
        given().auth()
                .oauth2(Scores.token("sz-bureau"))
                .queryParam("region", region)
                .accept(ExportMediaTypes.CSV)
                .get("/api/v1/evaluation/rankings")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theScoreHistoryAsCsvHasOneLinePerPointAndAColumnPerDimension() {
        UUID partnership = Published.partnership("450200");
        Scores.await(partnership, s -> s.getString("grade") != null);
        int points = given().auth()
                .oauth2(Scores.token("admin"))
                .get("/api/v1/evaluation/partnerships/{id}/history", partnership)
                .then()
                .statusCode(200)
                .extract()
                .path("points.size()");
        byte[] bytes = given().auth()
                .oauth2(Scores.token("admin"))
                .accept(ExportMediaTypes.CSV)
                .get("/api/v1/evaluation/partnerships/{id}/history", partnership)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)
                .lines()
                .toList(); // after the byte-order mark
        assertEquals(points + 1, lines.size());
        assertTrue(
                lines.get(0)
                        .startsWith("评估日 as of,综合得分 composite,等级 grade,等级名称 grade (zh),覆盖率 coverage,"
                                + "组织建设 ORGANIZATION"),
                lines.get(0));
        assertTrue(lines.get(points).startsWith(calendar.today() + ","), lines.get(points));
        given().auth()
                .oauth2(Scores.token("viewer"))
                .accept(ExportMediaTypes.XLSX)
                .get("/api/v1/evaluation/partnerships/{id}/history", partnership)
                .then()
                .statusCode(403);
    }

    @Test
    void evaluatorInputsExportTheRowsOfTheJsonListOfTheCallersOwnScope() {
        UUID liuzhou = Published.partnership("450200");
        UUID shenzhen = Published.partnership("440305");
        Scores.await(liuzhou, s -> true);
        Scores.await(shenzhen, s -> true);
        LocalDate today = calendar.today();
        for (int i = 0; i < 3; i++) {
            record("assessments", assessment(liuzhou, today.minusDays(i), "=HYPERLINK(\"http://x\")"));
        }
        String theirs = given().auth()
                .oauth2(Scores.token("sz-bureau"))
                .contentType(ContentType.JSON)
                .body(assessment(shenzhen, today, "深圳"))
                .post("/api/v1/evaluation/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String rectification = given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "partnershipId",
                        liuzhou,
                        "issue",
                        "台账不全",
                        "raisedOn",
                        today.toString(),
                        "dueOn",
                        today.plusDays(30).toString()))
                .post("/api/v1/evaluation/rectifications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        List<String> ours = ExportedLists.assertSameRowsAsJson(
                () -> given().auth().oauth2(Scores.token("gx-bureau")),
                "/api/v1/evaluation/assessments",
                Map.of("partnership", liuzhou.toString(), "sort", "assessedOn"),
                "id",
                "编号 id");
        assertEquals(3, ours.size());
        List<String> bureaus = ExportedLists.assertSameRowsAsJson(
                () -> given().auth().oauth2(Scores.token("gx-bureau")),
                "/api/v1/evaluation/assessments",
                Map.of("kind", "ORG_CONSTRUCTION"),
                "id",
                "编号 id");
        assertTrue(bureaus.containsAll(ours));
        assertFalse(bureaus.contains(theirs), "another province's assessment");
        assertTrue(ExportedLists.assertSameRowsAsJson(
                        () -> given().auth().oauth2(Scores.token("gx-bureau")),
                        "/api/v1/evaluation/rectifications",
                        Map.of("partnership", liuzhou.toString()),
                        "id",
                        "编号 id")
                .contains(rectification));

        byte[] csv = given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .queryParam("partnership", liuzhou)
                .accept(ExportMediaTypes.CSV)
                .get("/api/v1/evaluation/assessments")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        List<List<String>> rows = ExportedLists.csvRows(csv);
        assertEquals(List.of("组织建设完善度", "组织建设完善度", "组织建设完善度"), ExportedLists.column(rows, "评估类别 kind"));
        assertEquals(List.of("有效", "有效", "有效"), ExportedLists.column(rows, "状态 status"));
        // A comment a spreadsheet would take for a formula stays text.
        assertEquals(
                "'=HYPERLINK(\"http://x\")",
                ExportedLists.column(rows, "评语 comment").get(0));
    }

    private static Map<String, Object> assessment(UUID partnership, LocalDate on, String comment) {
        return Map.of(
                "partnershipId",
                partnership,
                "kind",
                "ORG_CONSTRUCTION",
                "score",
                83.5,
                "assessedOn",
                on.toString(),
                "comment",
                comment);
    }

    @Test
    void theAnnualReportIsThePdfABureauFilesWithTheFiguresOfTheScore() throws Exception {
        LocalDate today = calendar.today();
        UUID partnership = Published.partnership("450200");
        Published.activity(UUID.randomUUID(), partnership, 1, false, today, 6, 3);
        Published.achievement(UUID.randomUUID(), partnership, "TEACHING_RESOURCE", today);
        record(
                "assessments",
                Map.of(
                        "partnershipId",
                        partnership,
                        "kind",
                        "ORG_CONSTRUCTION",
                        "score",
                        77.25,
                        "assessedOn",
                        today.toString()));
        String overdue = "补齐签到表 " + UUID.randomUUID().toString().substring(0, 8); // on one line of the table
        record(
                "rectifications",
                Map.of(
                        "partnershipId",
                        partnership,
                        "issue",
                        overdue,
                        "raisedOn",
                        today.minusDays(20).toString(),
                        "dueOn",
                        today.minusDays(5).toString()));
        JsonPath score = Scores.await(
                partnership,
                s -> Scores.raw(s, "ORG_CONSTRUCTION_SCORE") != null
                        && Scores.raw(s, "FB_RECTIFICATION_RATE") != null
                        && new BigDecimal("1.00").equals(Scores.raw(s, "ORG_ACTIVITY_FREQUENCY")));

        byte[] pdf = given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .accept(ExportMediaTypes.PDF)
                .queryParam("year", today.getYear())
                .get("/api/v1/evaluation/partnerships/{id}/report", partnership)
                .then()
                .statusCode(200)
                .contentType(ExportMediaTypes.PDF)
                .header("Content-Disposition", containsString("-" + today.getYear() + ".pdf"))
                .extract()
                .asByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("校企党建共建成效年度评价报告"), text);
            assertTrue(text.contains(Published.code(partnership, "450200")), text);
            assertTrue(text.contains("测试共建 " + partnership), text);
            String composite = score.getObject("composite", BigDecimal.class).toPlainString();
            assertTrue(text.contains("综合得分 Composite") && text.contains(composite + " 0–100"), composite + "\n" + text);
            Grade grade = Grade.valueOf(score.getString("grade"));
            assertTrue(text.contains(grade.chineseName() + " " + grade.name()), grade + "\n" + text);
            for (Indicator indicator : Indicator.values()) {
                assertTrue(text.contains(indicator.chineseName()), indicator.name());
            }
            assertTrue(text.contains(overdue), text);
            assertTrue(text.contains("已逾期 overdue"), text);
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                }
            }
        }
    }

    @Test
    void theAnnualReportFollowsTheWorkbooksRulesAndNamesABadYear() {
        UUID partnership = Published.partnership("450200");
        Scores.await(partnership, s -> s.getString("grade") != null);
        String path = "/api/v1/evaluation/partnerships/{id}/report";
        given().auth()
                .oauth2(Scores.token("viewer"))
                .accept(ExportMediaTypes.PDF)
                .get(path, partnership)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Scores.token("sz-bureau"))
                .accept(ExportMediaTypes.PDF)
                .get(path, partnership)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Scores.token("admin"))
                .accept(ExportMediaTypes.XLSX)
                .get(path, partnership)
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("status", equalTo(406));
        given().auth()
                .oauth2(Scores.token("admin"))
                .accept(ExportMediaTypes.PDF)
                .queryParam("year", calendar.today().getYear() + 1)
                .get(path, partnership)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("field", equalTo("year"));
        given().auth()
                .oauth2(Scores.token("admin"))
                .accept(ExportMediaTypes.PDF)
                .queryParam("year", "last")
                .get(path, partnership)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("year"));
        // A past year: the report as of its 31 December.
        given().auth()
                .oauth2(Scores.token("admin"))
                .accept(ExportMediaTypes.PDF)
                .queryParam("year", calendar.today().getYear() - 1)
                .get(path, partnership)
                .then()
                .statusCode(200)
                .contentType(ExportMediaTypes.PDF);
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
