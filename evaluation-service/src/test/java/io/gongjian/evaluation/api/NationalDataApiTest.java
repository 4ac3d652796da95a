package io.gongjian.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.evaluation.Published;
import io.gongjian.evaluation.Scores;
import io.gongjian.events.ConversionChanged;
import io.gongjian.events.EventTypes;
import io.gongjian.events.ExchangeChanged;
import io.gongjian.events.PartnershipChanged;
import io.gongjian.events.Topics;
import io.gongjian.export.ExportMediaTypes;
import io.gongjian.testing.AccessMatrix;
import io.gongjian.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The national data table of industry–education cooperation (产学合作数据, ODS_CXHZSJ) of the demo data, through HTTP
 * with real tokens, events and database: every field of every row checked against figures computed by hand from
 * deploy/local-stack/src/main/resources/demo/demo-data.json (docs/national-data-table.md says which records each
 * field sums).
 */
@QuarkusTest
class NationalDataApiTest {

    /**
     * The day the demo is loaded on, fixed so that the rows can be written down: a record {@code monthsAgo} months
     * before it falls in 2026 for monthsAgo 1–5 (2026-05-15 … 2026-01-15) and in 2025 for 6–11 (2025-12-15 …
     * 2025-07-15).
     */
    private static final LocalDate DEMO_DAY = LocalDate.of(2026, 6, 15);

    private static final String TABLE = "/api/v1/evaluation/national-data/cooperation";

    /** The demo published once for the class; demo organisation id → the fresh id it was published under. */
    private static Map<UUID, UUID> demo;

    /** The fields of a row in the order of the standard, as the JSON answer names them. */
    private static final List<String> FIELDS = List.of(
            "schoolCode",
            "schoolName",
            "enterpriseCreditCode",
            "enterpriseName",
            "cooperationStart",
            "orderClassTrainees",
            "coursesDeveloped",
            "textbooksDeveloped",
            "partTimeTeachers",
            "internsReceived",
            "graduatesEmployed",
            "technicalServiceIncome");

    /*
     * The expected rows, computed by hand from the demo plan. Exchanges count by type (headcount summed), teaching
     * resources by their kind (one each), the university's income from conversions summed; TEACHER_PRACTICE and
     * STAFF_TRAINING exchanges, training packages and other teaching resources, and conversions without an income
     * (the PRODUCT one) count in no column.
     *
     * 柳州职业技术大学 × 广西汽车集团 (term from 2024-03-15 → 202403):
     *   2025: ORDER_CLASS 45 (m11); courses 0; TEXTBOOK 《新能源汽车电池技术》活页教材 (m10) = 1; ENTERPRISE_MENTOR 8
     *         (m9); INTERNSHIP 60 (m10) + 45 (m8) = 105; GRADUATE_EMPLOYMENT 0; income: LICENSE (m6) 30.
     *   2026: ORDER_CLASS 0; COURSE “思政+专业”融合课程 (m3) + 焊装工艺微课资源 (m1) = 2; textbooks 0; mentors 0;
     *         INTERNSHIP 50 (m5) + 47 (m2) = 97; GRADUATE_EMPLOYMENT 38 (m5); income: SERVICE (m2) 25.5.
     * 深圳职业技术大学 × 华南智能制造 (term from 2024-09-10 → 202409):
     *   2025: mentors 6 (m8); INTERNSHIP 40 (m9); the rest 0 (the 实训包 of m7 is a training package).
     *   2026: COURSE 智能制造产业学院课程 (m2) = 1; INTERNSHIP 35 (m4); GRADUATE_EMPLOYMENT 22 (m5); income:
     *         TRANSFER (m5, 2026-01-15) 60.
     * 安徽职业技术学院 × 合肥云算科技 (term from 2025-03-01 → 202503):
     *   2025: ORDER_CLASS 40 (m10); TEXTBOOK 云计算运维教材 (m8) = 1; the rest 0.
     *   2026: COURSE 数字素养微课 (m2) = 1; INTERNSHIP 30 (m5); the rest 0 (no conversions).
     */
    private static final String LIUZHOU = "45020000-0000-4000-8000-000000000001";

    private static final String SHENZHEN = "44030000-0000-4000-8000-000000000001";

    private static final String ANHUI = "34010000-0000-4000-8000-000000000001";

    private static final Map<Integer, Map<String, List<Object>>> EXPECTED = Map.of(
            2025,
            Map.of(
                    LIUZHOU,
                    List.of(
                            "4145013619",
                            "柳州职业技术大学",
                            "914502001982294574",
                            "广西汽车集团有限公司",
                            "202403",
                            45,
                            0,
                            1,
                            8,
                            105,
                            0,
                            "30"),
                    SHENZHEN,
                    List.of(
                            "4144010954",
                            "深圳职业技术大学",
                            "91440300MA5F3K2L0P",
                            "华南智能制造股份有限公司",
                            "202409",
                            0,
                            0,
                            0,
                            6,
                            40,
                            0,
                            "0"),
                    ANHUI,
                    List.of(
                            "4134010372",
                            "安徽职业技术学院",
                            "91340104MA2U7X8P1C",
                            "合肥云算科技有限公司",
                            "202503",
                            40,
                            0,
                            1,
                            0,
                            0,
                            0,
                            "0")),
            2026,
            Map.of(
                    LIUZHOU,
                    List.of(
                            "4145013619",
                            "柳州职业技术大学",
                            "914502001982294574",
                            "广西汽车集团有限公司",
                            "202403",
                            0,
                            2,
                            0,
                            0,
                            97,
                            38,
                            "25.5"),
                    SHENZHEN,
                    List.of(
                            "4144010954",
                            "深圳职业技术大学",
                            "91440300MA5F3K2L0P",
                            "华南智能制造股份有限公司",
                            "202409",
                            0,
                            1,
                            0,
                            0,
                            35,
                            22,
                            "60"),
                    ANHUI,
                    List.of(
                            "4134010372",
                            "安徽职业技术学院",
                            "91340104MA2U7X8P1C",
                            "合肥云算科技有限公司",
                            "202503",
                            0,
                            1,
                            0,
                            0,
                            30,
                            0,
                            "0")));

    @BeforeEach
    void theDemoIsPublishedOnce() throws IOException {
        if (demo != null) {
            return;
        }
        DemoPlanEvents events = new DemoPlanEvents(DEMO_DAY);
        events.publish();
        demo = events.organizations;
        // The read model has the demo once every figure is there; if it never is, the tests say which one is not.
        try {
            for (int year : EXPECTED.keySet()) {
                Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> actual(year)
                        .equals(EXPECTED.get(year)));
            }
        } catch (ConditionTimeoutException e) {
            // reported field by field below
        }
    }

    @Test
    void theDemoRowsMatchTheFiguresComputedByHandFieldByField() {
        for (int year : EXPECTED.keySet()) {
            Map<String, List<Object>> actual = actual(year);
            for (var expected : EXPECTED.get(year).entrySet()) {
                List<Object> row = actual.get(expected.getKey());
                assertTrue(row != null, year + ": no row of the college " + expected.getKey());
                for (int field = 0; field < FIELDS.size(); field++) {
                    assertEquals(
                            expected.getValue().get(field),
                            row.get(field),
                            year + " " + expected.getKey() + " " + FIELDS.get(field));
                }
            }
        }
        JsonPath table = table("admin", 2026);
        String id = (String) demoRow(table, LIUZHOU).get("id");
        assertTrue(id.matches("[0-9A-F]{32}"), id);
        assertEquals(id, demoRow(table("admin", 2026), LIUZHOU).get("id"), "the same row keeps its id");
        assertNotEquals(id, demoRow(table("admin", 2025), LIUZHOU).get("id"), "another year, another row");
        assertTrue(table.getString("collectedAt").matches("\\d{8} \\d{6}"), table.getString("collectedAt"));
        assertEquals(2026, table.getInt("year"));
    }

    @Test
    void theSpreadsheetsCarryTheSameRowsUnderTheStandardsFieldCodes() throws IOException {
        byte[] csvBytes = given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .accept(ExportMediaTypes.CSV)
                .queryParam("year", 2025)
                .get(TABLE)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        String[] lines = new String(csvBytes, StandardCharsets.UTF_8).split("\r\n");
        assertEquals(
                "\uFEFF主键数据唯一性标识 ZJSJWYXBS,学校代码 XXDM,合作企业统一社会信用代码 HZQYTYSHXYDM,合作企业名称 HZQYMC,"
                        + "合作开始年月 HZKSNY,订单培养人数 DDPYRS,共同开发课程门数 GTKFKCMS,共同开发教材数 GTKFJCS,"
                        + "支持学校兼职教师数 ZCXXJZJSS,接受顶岗实习学生数 JSDGSXXSS,接受毕业生就业数 JSBYSJYS,"
                        + "学校为企业技术服务年收入（万元） XXWQYJSFWNSR,数据采集时间 SJCJSJ,学校名称 school name,年度 year",
                lines[0]);
        String liuzhou = (String) demoRow(table("gx-bureau", 2025), LIUZHOU).get("id");
        List<String> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith(liuzhou + ",")) {
                rows.add(line.replaceFirst(",\\d{8} \\d{6},", ",<collected>,"));
            }
        }
        assertEquals(
                List.of(liuzhou + ",4145013619,914502001982294574,广西汽车集团有限公司,202403,45,0,1,8,105,0,30,"
                        + "<collected>,柳州职业技术大学,2025"),
                rows);

        byte[] xlsx = given().auth()
                .oauth2(Scores.token("admin"))
                .accept(ExportMediaTypes.XLSX)
                .queryParam("year", 2026)
                .get(TABLE)
                .then()
                .statusCode(200)
                .contentType(ExportMediaTypes.XLSX)
                .extract()
                .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            Row found = null;
            for (Row row : sheet) {
                if ("4144010954".equals(format.formatCellValue(row.getCell(1)))) {
                    found = row;
                }
            }
            assertTrue(found != null, "the Shenzhen row is in the workbook");
            List<String> cells = new ArrayList<>();
            for (int column = 1; column <= 11; column++) {
                cells.add(format.formatCellValue(found.getCell(column)));
            }
            assertEquals(
                    List.of(
                            "4144010954",
                            "91440300MA5F3K2L0P",
                            "华南智能制造股份有限公司",
                            "202409",
                            "0",
                            "1",
                            "0",
                            "0",
                            "35",
                            "22",
                            "60"),
                    cells);
        }
    }

    @Test
    void eachCallerReadsTheRowsOfItsOwnScope() {
        // gx-bureau (region 45) sees Liuzhou, not Shenzhen or Anhui; sz-bureau (4403) the other way round.
        JsonPath guangxi = table("gx-bureau", 2026);
        assertEquals(List.of(demo.get(UUID.fromString(LIUZHOU)).toString()), demoColleges(guangxi));
        assertEquals(List.of(demo.get(UUID.fromString(SHENZHEN)).toString()), demoColleges(table("sz-bureau", 2026)));
        given().auth()
                .oauth2(Scores.token("sz-bureau"))
                .queryParam("year", 2026)
                .queryParam("region", "45")
                .get(TABLE)
                .then()
                .statusCode(404);

        // lzzy-admin reads the partnerships of its own organisation, not the demo's (published under fresh ids).
        UUID enterprise = UUID.randomUUID();
        Published.organization(enterprise, 1, 10);
        UUID own = UUID.randomUUID();
        Published.partnership(own, 1, "ACTIVE", "450200", UUID.fromString(AccessMatrix.LZZY), enterprise, Map.of());
        Published.exchange(UUID.randomUUID(), own, 1, LocalDate.of(2026, 3, 2), 12);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> table("lzzy-admin", 2026)
                .getList("rows.findAll { it.enterpriseOrganizationId == '" + enterprise + "' }.internsReceived")
                .equals(List.of(12)));
        JsonPath lzzy = table("lzzy-admin", 2026);
        assertEquals(List.of(), demoColleges(lzzy));
        for (Object row : lzzy.getList("rows.universityOrganizationId")) {
            assertEquals(AccessMatrix.LZZY, row, "lzzy-admin reads its own partnerships only");
        }

        given().auth()
                .oauth2(Scores.token("viewer"))
                .queryParam("year", 2026)
                .get(TABLE)
                .then()
                .statusCode(403);
    }

    @Test
    void aCollegeAndAnEnterpriseMakeOneRowOfWhatCountsOnly() {
        UUID university = UUID.randomUUID();
        UUID enterprise = UUID.randomUUID();
        Published.organization(university, 1, 20);
        Published.organization(enterprise, 1, 10);
        // An agreement that expired in February and the one signed after it; a draft between the same two.
        UUID expired = partnership("EXPIRED", university, enterprise, "2021-09-01", "2026-02-28");
        UUID active = partnership("ACTIVE", university, enterprise, "2026-03-01", "2029-02-28");
        UUID draft = partnership("DRAFT", university, enterprise, "2026-03-01", "2029-02-28");
        Published.exchange(UUID.randomUUID(), expired, 1, LocalDate.of(2026, 1, 10), 10);
        Published.exchange(UUID.randomUUID(), expired, 1, LocalDate.of(2025, 12, 31), 40);
        Published.exchange(UUID.randomUUID(), active, 1, LocalDate.of(2026, 4, 1), 5);
        Published.exchange(UUID.randomUUID(), draft, 1, LocalDate.of(2026, 4, 1), 1000);
        UUID revokedExchange = UUID.randomUUID();
        Published.exchange(revokedExchange, active, 1, LocalDate.of(2026, 4, 2), 100);
        TestEvents.publish(
                Topics.ACTIVITY,
                EventTypes.EXCHANGE_CHANGED,
                active,
                new ExchangeChanged(
                        revokedExchange,
                        2,
                        active,
                        true,
                        "重复登记",
                        "INTERNSHIP",
                        "UNIVERSITY_TO_ENTERPRISE",
                        LocalDate.of(2026, 4, 2),
                        100,
                        null,
                        null));
        UUID liveOutput = UUID.randomUUID();
        UUID withdrawnOutput = UUID.randomUUID();
        Published.achievement(liveOutput, active, "RESEARCH_OUTPUT", LocalDate.of(2026, 3, 5));
        Published.achievement(withdrawnOutput, active, 2, true, "RESEARCH_OUTPUT", LocalDate.of(2026, 3, 6));
        conversion(active, liveOutput, "3.5");
        conversion(active, withdrawnOutput, "7");

        // Interns 10 + 5 (not the 40 of 2025, the revoked 100 or the draft's 1000); income 3.5 (not the 7 of the
        // revoked output); the earliest term's start.
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> rowsOf(university).size() == 1
                        && rowsOf(university).get(0).get("technicalServiceIncome") != null
                        && new BigDecimal("3.5")
                                .equals(new BigDecimal(rowsOf(university)
                                        .get(0)
                                        .get("technicalServiceIncome")
                                        .toString())));
        Map<String, Object> row = rowsOf(university).get(0);
        assertEquals(15, row.get("internsReceived"));
        assertEquals("202109", row.get("cooperationStart"));
        assertEquals("机构 " + enterprise, row.get("enterpriseName"));
        assertNull(row.get("schoolCode"), "the college gave no school code");
    }

    private static UUID partnership(String status, UUID university, UUID enterprise, String start, String end) {
        UUID id = UUID.randomUUID();
        TestEvents.publish(new PartnershipChanged(
                id,
                1,
                Published.code(id, "450200"),
                "共建 " + id,
                status,
                university,
                enterprise,
                List.of(),
                "450200",
                LocalDate.parse(start),
                LocalDate.parse(start),
                LocalDate.parse(end),
                List.of("TALENT"),
                Map.of(),
                List.of()));
        return id;
    }

    private static void conversion(UUID partnership, UUID achievement, String universityIncome) {
        TestEvents.publish(
                Topics.ACTIVITY,
                EventTypes.CONVERSION_CHANGED,
                partnership,
                new ConversionChanged(
                        UUID.randomUUID(),
                        1,
                        partnership,
                        achievement,
                        false,
                        null,
                        LocalDate.of(2026, 4, 10),
                        "SERVICE",
                        new BigDecimal("20"),
                        1,
                        new BigDecimal(universityIncome)));
    }

    private static List<Map<String, Object>> rowsOf(UUID university) {
        return table("admin", 2026).getList("rows.findAll { it.universityOrganizationId == '" + university + "' }");
    }

    @Test
    void theYearIsRequiredAndPlausible() {
        for (String year : new String[] {null, "1948", "9999"}) {
            var request = given().auth().oauth2(Scores.token("admin"));
            if (year != null) {
                request.queryParam("year", year);
            }
            request.get(TABLE)
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("field", equalTo("year"));
        }
        given().auth()
                .oauth2(Scores.token("admin"))
                .queryParam("year", "二〇二六")
                .get(TABLE)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("year"));
    }

    /** The demo's rows of the year, by demo college id: the fields in {@link #FIELDS}' order. */
    private static Map<String, List<Object>> actual(int year) {
        JsonPath table = table("admin", year);
        Map<String, List<Object>> rows = new HashMap<>();
        for (String college : List.of(LIUZHOU, SHENZHEN, ANHUI)) {
            Map<String, Object> row = demoRow(table, college);
            if (row == null) {
                continue;
            }
            List<Object> values = new ArrayList<>();
            for (String field : FIELDS) {
                Object value = row.get(field);
                values.add(
                        field.equals("technicalServiceIncome")
                                ? new BigDecimal(value.toString())
                                        .stripTrailingZeros()
                                        .toPlainString()
                                : value);
            }
            rows.put(college, values);
        }
        return rows;
    }

    private static JsonPath table(String user, int year) {
        return given().auth()
                .oauth2(Scores.token(user))
                .queryParam("year", year)
                .get(TABLE)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath(Scores.EXACT);
    }

    /** The row of a demo college (by its id in the plan), or null. */
    private static Map<String, Object> demoRow(JsonPath table, String college) {
        String id = demo.get(UUID.fromString(college)).toString();
        return table.getMap("rows.find { it.universityOrganizationId == '" + id + "' }");
    }

    private static List<String> demoColleges(JsonPath table) {
        List<String> published = demo.values().stream().map(UUID::toString).toList();
        return table.getList("rows.universityOrganizationId", String.class).stream()
                .filter(published::contains)
                .toList();
    }
}
