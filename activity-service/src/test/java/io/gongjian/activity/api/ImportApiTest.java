package io.gongjian.activity.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.gongjian.activity.application.PartnershipViews;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.imports.application.ImportJobs;
import io.gongjian.testing.AccessMatrix;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Spreadsheet imports end to end: upload, the job, the report, and the records written through the one write path
 * (counted through the list API).
 */
@QuarkusTest
class ImportApiTest {

    static final String HEADINGS = "合作编号,活动类型,共建模式,活动名称,活动日期,活动地点,组织方,校方党员人数,企业方党员人数,参加总人数,佐证材料链接";

    @Inject
    PartnershipViews views;

    @Inject
    BusinessCalendar calendar;

    @Inject
    ImportJobs jobs;

    @Inject
    EntityManager entities;

    private final AccessMatrix access = new AccessMatrix();

    /** A valid row: Chinese labels on even rows, codes on odd ones; a title of its own. */
    String row(UUID partnership, int i) {
        LocalDate day = calendar.today().minusDays(3 + i % 200);
        return i % 2 == 0
                ? partnership + ",联学,理念共享·思想引领,两级党委联学 第" + i + "次," + day
                        + ",柳州,双方联合,18,22,56,https://dangjian.example.cn/" + i
                : partnership + ",SYMPOSIUM,TALENT,\"座谈会, 第" + i + "次\","
                        + day.toString().replace('-', '/') + ",,UNIVERSITY,3,4,10,";
    }

    /** 10,000 rows; the data rows 100, 5,001 and 9,001 (sheet rows 101, 5,002, 9,002) are bad. */
    byte[] tenThousandWithThreeBad(UUID partnership) {
        StringBuilder csv = new StringBuilder(HEADINGS).append("\r\n");
        for (int i = 1; i <= 10_000; i++) {
            String row = row(partnership, i);
            if (i == 100) {
                row = row.replace(",56,", ",五十六,"); // unreadable number
            } else if (i == 5_001) {
                row = row.replace(",3,4,10,", ",3,40,10,"); // more party members than attendance
            } else if (i == 9_001) {
                row = row.replace(
                        calendar.today().minusDays(3 + i % 200).toString().replace('-', '/'),
                        calendar.today().plusDays(5).toString()); // in the future
            }
            csv.append(row).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void atomicWritesNothingAndNamesTheThreeBadRowsValidRowsWritesTheOthers() throws IOException {
        UUID atomic = Partnerships.known(views, "ACTIVE", Partnerships.REGION_NOBODY_LISTS);
        Response job = finished(upload(given(), tenThousandWithThreeBad(atomic), "a.csv", "atomic"));
        assertThat(job.path("state").toString(), equalTo("REFUSED"));
        assertThat((int) job.path("rowsRead"), equalTo(10_000));
        assertThat((int) job.path("rowsAccepted"), equalTo(0));
        assertThat((int) job.path("rowsRefused"), equalTo(3));
        assertThat(count(given(), atomic), equalTo(0));
        List<String> report = report(given(), job.path("id"));
        assertThat(report, hasSize(4));
        assertThat(report.get(0), startsWith("\uFEFF行号 row,列 column,规则 rule,说明"));
        assertThat(report.get(1), startsWith("101,attendance,import.not-a,值“五十六”不是整数"));
        assertThat(report.get(2), startsWith("5002,enterprisePartyMembers,activity.members-over-attendance,"));
        assertThat(report.get(3), startsWith("9002,occurredOn,date."));
        assertThat(report.get(2), containsString("cannot exceed the total attendance"));
        assertThat(report.get(2), containsString(atomic.toString()));
        assertThat(report.get(0), containsString(",说明,message,合作编号,")); // no stray spaces
        byte[] workbook = given().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get("/api/v1/imports/activities/" + job.path("id") + "/report")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue(), equalTo("行号\nrow"));
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue(), equalTo("说明"));
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue(), equalTo("合作编号"));
            assertThat((int) sheet.getRow(2).getCell(0).getNumericCellValue(), equalTo(5002));
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue(), equalTo("activity.members-over-attendance"));
            assertThat(sheet.getLastRowNum(), equalTo(3));
        }

        UUID validRows = Partnerships.known(views, "ACTIVE", Partnerships.REGION_NOBODY_LISTS);
        Response written = finished(upload(given(), tenThousandWithThreeBad(validRows), "v.csv", "valid-rows"));
        assertThat(written.path("state").toString(), equalTo("PARTIALLY_SUCCEEDED"));
        assertThat((int) written.path("rowsAccepted"), equalTo(9_997));
        assertThat((int) written.path("rowsRefused"), equalTo(3));
        assertThat(count(given(), validRows), equalTo(9_997));
        assertThat(
                report(given(), written.path("id")).stream()
                        .map(line -> line.split(",")[0])
                        .toList(),
                contains("\uFEFF行号 row", "101", "5002", "9002"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void theSameFileTwiceChangesNothingAndARowNamingARecordWithOtherContentIsRefusedOrAmendsAsTheModeSays() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        StringBuilder csv = new StringBuilder("外部编号,").append(HEADINGS).append("\r\n");
        for (int i = 1; i <= 50; i++) {
            csv.append("OA-").append(i).append(',').append(row(partnership, i)).append("\r\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        Response first = finished(upload(given(), file, "first.csv", "valid-rows"));
        assertThat(first.path("state").toString(), equalTo("SUCCEEDED"));
        assertThat((int) first.path("rowsAccepted"), equalTo(50));
        assertThat((int) first.path("rowsCreated"), equalTo(50));
        String seventh = byReference(partnership, "OA-7").path("items[0].id");

        for (String mode : List.of("valid-rows", "atomic")) {
            Response again = finished(upload(given(), file, "again.csv", mode));
            assertThat(again.path("state").toString(), equalTo("SUCCEEDED"));
            assertThat((int) again.path("rowsAccepted"), equalTo(50));
            assertThat((int) again.path("rowsCreated"), equalTo(0));
            assertThat((int) again.path("rowsUnchanged"), equalTo(50));
            assertThat(count(given(), partnership), equalTo(50));
            given().get("/api/v1/activities/" + seventh + "/history").then().body("$", hasSize(1));
        }

        // Row 7 (a symposium of 10) now says 12 attended.
        byte[] changed = csv.toString()
                .replace(row(partnership, 7), row(partnership, 7).replace(",3,4,10,", ",3,4,12,"))
                .getBytes(StandardCharsets.UTF_8);
        Response refused = finished(upload(given(), changed, "changed.csv", "atomic"));
        assertThat(refused.path("state").toString(), equalTo("REFUSED"));
        assertThat((int) refused.path("rowsRefused"), equalTo(1));
        assertThat(report(given(), refused.path("id")).get(1), startsWith("8,externalRef,record.external-ref-taken,"));
        byReference(partnership, "OA-7").then().body("items[0].attendance", equalTo(10));

        Response amended = finished(upload(given(), changed, "changed.csv", "valid-rows"));
        assertThat(amended.path("state").toString(), equalTo("SUCCEEDED"));
        assertThat((int) amended.path("rowsAmended"), equalTo(1));
        assertThat((int) amended.path("rowsUnchanged"), equalTo(49));
        assertThat((int) amended.path("rowsCreated"), equalTo(0));
        byReference(partnership, "OA-7")
                .then()
                .body("items[0].id", equalTo(seventh))
                .body("items[0].attendance", equalTo(12))
                .body("items[0].version", equalTo(2));
        given().get("/api/v1/activities/" + seventh + "/history")
                .then()
                .body("$", hasSize(2))
                .body("[1].action", equalTo("amended"));
        assertThat(count(given(), partnership), equalTo(50));
    }

    /**
     * One transaction of 30,000 keyed rows, locked by partnership: a lock per reference would overflow the lock table
     * of this PostgreSQL (64 × 200 connections; measured: 20,000 such locks fit, 30,000 fail "out of shared memory").
     */
    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void anAtomicFileOfThirtyThousandKeyedRowsIsWrittenInOneTransaction() {
        UUID partnership = Partnerships.known(views, "ACTIVE", Partnerships.REGION_NOBODY_LISTS);
        StringBuilder csv = new StringBuilder("外部编号,").append(HEADINGS).append("\r\n");
        for (int i = 1; i <= 30_000; i++) {
            csv.append("BULK-")
                    .append(i)
                    .append(',')
                    .append(row(partnership, i))
                    .append("\r\n");
        }
        Response job = finished(upload(given(), csv.toString().getBytes(StandardCharsets.UTF_8), "bulk.csv", "atomic"));
        assertThat(job.asString(), job.path("state").toString(), equalTo("SUCCEEDED"));
        assertThat((int) job.path("rowsCreated"), equalTo(30_000));
        assertThat(count(given(), partnership), equalTo(30_000));
    }

    private static Response byReference(UUID partnership, String externalRef) {
        return given().queryParam("partnership", partnership.toString())
                .queryParam("externalRef", externalRef)
                .get("/api/v1/activities");
    }

    @Test
    void aRowOfAPartnershipOutsideTheCallersScopeIsRefusedOnItsOwn() {
        UUID liuzhou = Partnerships.known(
                views, "ACTIVE", "450200", UUID.fromString(AccessMatrix.LZZY), UUID.fromString(AccessMatrix.GXQC));
        UUID shenzhen = Partnerships.known(views, "ACTIVE", "440305");
        byte[] csv =
                (HEADINGS + "\n" + row(liuzhou, 2) + "\n" + row(shenzhen, 4) + "\n").getBytes(StandardCharsets.UTF_8);
        String token = access.token("lzzy-admin");
        Response job = finished(upload(given().auth().oauth2(token), csv, "scope.csv", "valid-rows"), token);
        assertThat(job.path("state").toString(), equalTo("PARTIALLY_SUCCEEDED"));
        assertThat((int) job.path("rowsAccepted"), equalTo(1));
        List<String> report = report(given().auth().oauth2(token), job.path("id"));
        assertThat(report, hasSize(2));
        assertThat(report.get(1), startsWith("3,partnershipId,record.partnership-not-in-scope,"));
        assertThat(count(given().auth().oauth2(token), liuzhou), equalTo(1));
        // Another user does not see the job.
        given().auth()
                .oauth2(access.token("gxqc-admin"))
                .get("/api/v1/imports/activities/" + job.path("id"))
                .then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void aKeyedUploadSentAgainIsTheSameJobAndAnotherFileUnderTheKeyIsRefused() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        byte[] csv = (HEADINGS + "\r\n" + row(partnership, 2) + "\r\n").getBytes(StandardCharsets.UTF_8);
        String key = UUID.randomUUID().toString();
        Response first = upload(given().header("Idempotency-Key", key), csv, "keyed.csv", "atomic");
        Response again = upload(given().header("Idempotency-Key", key), csv, "keyed.csv", "atomic");
        assertThat(again.header("Idempotent-Replayed"), equalTo("true"));
        assertThat(again.header("Location"), equalTo(first.header("Location")));
        assertThat(again.path("id"), equalTo(first.path("id")));
        assertThat(finished(first).path("state"), equalTo("SUCCEEDED"));
        assertThat(count(given(), partnership), equalTo(1)); // one job, one record
        byte[] other = (HEADINGS + "\r\n" + row(partnership, 3) + "\r\n").getBytes(StandardCharsets.UTF_8);
        upload(given().header("Idempotency-Key", key), other, "keyed.csv", "atomic", 422)
                .then()
                .body("field", equalTo("Idempotency-Key"));
        assertThat(count(given(), partnership), equalTo(1));
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void onlyTheJobsOfAnInstanceThatFellSilentAreFailed() {
        UUID running = UUID.randomUUID();
        UUID abandoned = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            job(running, "another-instance", "now()");
            job(abandoned, "a-crashed-instance", "now() - interval '10 minutes'");
        });
        jobs.heartbeat(); // (the scheduled heartbeat may have come first: the states tell)
        given().get("/api/v1/imports/activities/" + abandoned)
                .then()
                .statusCode(200)
                .body("state", equalTo("FAILED"))
                .body("rowsAccepted", equalTo(0))
                .body("failure.english", containsString("nothing was written"));
        given().get("/api/v1/imports/activities/" + running).then().body("state", equalTo("RUNNING"));
    }

    private void job(UUID id, String owner, String heartbeat) {
        entities.createNativeQuery("insert into import_job (id, kind, mode, state, headings, requested_by, rows_read,"
                        + " rows_accepted, created_at, owner, heartbeat_at) values (?1, 'activities', 'ATOMIC',"
                        + " 'RUNNING', '[]', 'admin', 10, 0, now(), ?2, " + heartbeat + ")")
                .setParameter(1, id)
                .setParameter(2, owner)
                .executeUpdate();
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void readsGbkCsvFromExcel() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        byte[] gbk = (HEADINGS + "\r\n" + row(partnership, 2) + "\r\n" + row(partnership, 3) + "\r\n")
                .getBytes(Charset.forName("GBK"));
        Response job = finished(upload(given(), gbk, "gbk.csv", "atomic"));
        assertThat(job.path("state").toString(), equalTo("SUCCEEDED"));
        given().queryParam("partnership", partnership.toString())
                .get("/api/v1/activities")
                .then()
                .body("totalItems", equalTo(2))
                .body("items.title", org.hamcrest.Matchers.hasItem("两级党委联学 第2次"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void readsWorkbooksDatesFormulasEmptyRowsAndRefusesRepeatedRows() throws IOException {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            String[] headings = HEADINGS.split(",");
            Row top = sheet.createRow(0);
            for (int c = 0; c < headings.length; c++) {
                top.createCell(c).setCellValue(c == 3 ? "title" : headings[c]); // English is read too
            }
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r : new int[] {1, 3, 4}) { // row 3 (index 2) stays empty; row 5 repeats row 4
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(partnership.toString());
                row.createCell(1).setCellValue("联学");
                row.createCell(2).setCellValue("IDEOLOGY");
                row.createCell(3).setCellValue(r == 1 ? "第一次" : "第二次");
                row.createCell(4).setCellValue(calendar.today().minusDays(r + 2));
                row.getCell(4).setCellStyle(date);
                row.createCell(6).setCellValue("双方联合");
                row.createCell(7).setCellValue(18);
                row.createCell(8).setCellValue(22);
                row.createCell(9).setCellFormula("H" + (r + 1) + "+I" + (r + 1) + "+16");
                if (r == 4) {
                    row.getCell(4).setCellValue(calendar.today().minusDays(3 + 2)); // as row 4
                }
            }
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.write(out);
            workbook = out.toByteArray();
        }
        Response job = finished(upload(given(), workbook, "book.xlsx", "valid-rows"));
        assertThat((int) job.path("rowsRead"), equalTo(3));
        assertThat((int) job.path("rowsAccepted"), equalTo(2));
        List<String> report = report(given(), job.path("id"));
        assertThat(report.get(1), startsWith("5,,import.duplicate-row,本行与第 4 行重复"));
        given().queryParam("partnership", partnership.toString())
                .get("/api/v1/activities")
                .then()
                .body("totalItems", equalTo(2))
                .body("items[0].attendance", equalTo(56));
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void refusesFilesItCannotReadAsAWholeWith422() {
        upload(given(), "名称,其他\n1,2\n".getBytes(StandardCharsets.UTF_8), "x.csv", "atomic", 422)
                .then()
                .body("field", equalTo("file"));
        upload(given(), new byte[] {(byte) 0x81, 0x20, (byte) 0xFF, (byte) 0xFF}, "x.csv", "atomic", 422);
        given().multiPart("file", "a.csv", HEADINGS.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("kind", "activities")
                .multiPart("mode", "sometimes")
                .post("/api/v1/imports")
                .then()
                .statusCode(422);
        given().multiPart("file", "a.csv", HEADINGS.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("kind", "surveys") // the evaluation service's
                .multiPart("mode", "atomic")
                .post("/api/v1/imports")
                .then()
                .statusCode(422)
                .body("field", equalTo("kind"));
        given().multiPart("file", "a.csv", HEADINGS.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("kind", "meetings")
                .multiPart("mode", "atomic")
                .post("/api/v1/imports")
                .then()
                .statusCode(422)
                .body("field", equalTo("kind"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void theTemplateHasBothHeadingsAnExampleAndDropDownsOfChineseLabels() throws IOException {
        byte[] template = given().get("/api/v1/imports/templates/activities")
                .then()
                .statusCode(200)
                .contentType(matchesPattern("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.*"))
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue(), equalTo("外部编号\nexternalRef"));
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue(), equalTo("OA-2026-0312"));
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue(), equalTo("活动类型\ntype"));
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue(), equalTo("联学"));
            var dropDowns = sheet.getDataValidations();
            assertThat(dropDowns, hasSize(3)); // type, mode, organisingSide
            assertThat(
                    List.of(dropDowns.get(0).getValidationConstraint().getExplicitListValues()),
                    org.hamcrest.Matchers.hasItem("联学"));
        }
        given().get("/api/v1/imports/templates/surveys").then().statusCode(422).body("field", equalTo("kind"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void exchangesAchievementsAndConversionsAreImportedThroughTheirOwnPosts() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        LocalDate day = calendar.today().minusDays(3);
        Response exchanges = imported(
                "exchanges",
                "合作编号,交流类型,交流方向,交流日期,人数,说明\n"
                        + partnership + ",顶岗实习,校到企," + day + ",45,第一批\n"
                        + partnership + ",ORDER_CLASS,UNIVERSITY_TO_ENTERPRISE," + day + ",0,无人\n");
        assertThat(exchanges.path("state"), equalTo("PARTIALLY_SUCCEEDED"));
        assertThat(report("exchanges", exchanges.path("id")).get(1), startsWith("3,headcount,Min,"));
        given().queryParam("partnership", partnership.toString())
                .get("/api/v1/exchanges")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].headcount", equalTo(45));

        Response achievements = imported(
                "achievements",
                "合作编号,成果类型,成果名称,登记日期\n"
                        + partnership + ",RESEARCH_OUTPUT,电池包热管理装置," + day + "\n"
                        + partnership + ",联合科研项目,," + day + "\n");
        assertThat(achievements.path("state"), equalTo("PARTIALLY_SUCCEEDED"));
        assertThat(report("achievements", achievements.path("id")).get(1), startsWith("3,title,NotBlank,"));
        String achievement = given().queryParam("partnership", partnership.toString())
                .get("/api/v1/achievements")
                .then()
                .body("totalItems", equalTo(1))
                .extract()
                .path("items[0].id");

        Response conversions = imported(
                "conversions",
                "成果编号,转化日期,转化方式,新增产值（万元）,新增就业岗位\n"
                        + achievement + "," + day + ",许可,120.5,6\n"
                        + UUID.randomUUID() + "," + day + ",TRANSFER,1,1\n"
                        + achievement + "," + day + ",PRODUCT,-1,1\n");
        assertThat(conversions.path("state"), equalTo("PARTIALLY_SUCCEEDED"));
        List<String> report = report("conversions", conversions.path("id"));
        assertThat(report, hasSize(3));
        assertThat(report.get(1), startsWith("3,,")); // the achievement is not found
        assertThat(report.get(2), startsWith("4,outputValue,DecimalMin,"));
        given().get("/api/v1/achievements/" + achievement + "/conversions")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].jobsCreated", equalTo(6));
    }

    /** A CSV file of a kind imported in valid-rows mode, once its job finished. */
    private Response imported(String kind, String csv) {
        Response started = given().multiPart("file", kind + ".csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("kind", kind)
                .multiPart("mode", "valid-rows")
                .post("/api/v1/imports");
        started.then()
                .log()
                .ifValidationFails()
                .statusCode(202)
                .header("Location", matchesPattern(".*/api/v1/imports/" + kind + "/[0-9a-f-]{36}"));
        return finished(started);
    }

    private static List<String> report(String kind, Object id) {
        return report(given(), kind, id);
    }

    private Response upload(RequestSpecification request, byte[] file, String name, String mode) {
        return upload(request, file, name, mode, 202);
    }

    private Response upload(RequestSpecification request, byte[] file, String name, String mode, int status) {
        Response response = request.multiPart("file", name, file, "application/octet-stream")
                .multiPart("kind", "activities")
                .multiPart("mode", mode)
                .post("/api/v1/imports");
        response.then().log().ifValidationFails().statusCode(status);
        if (status == 202) {
            response.then().header("Location", matchesPattern(".*/api/v1/imports/activities/[0-9a-f-]{36}"));
        }
        return response;
    }

    private Response finished(Response started) {
        return finished(started, null);
    }

    private Response finished(Response started, String token) {
        String location = started.header("Location");
        Response[] last = new Response[1];
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    RequestSpecification request =
                            token == null ? given() : given().auth().oauth2(token);
                    last[0] = request.get(location);
                    String state = last[0].path("state");
                    return !List.of("QUEUED", "RUNNING").contains(state);
                });
        return last[0];
    }

    private static int count(RequestSpecification request, UUID partnership) {
        return request.queryParam("partnership", partnership.toString())
                .get("/api/v1/activities")
                .then()
                .statusCode(200)
                .extract()
                .path("totalItems");
    }

    private static List<String> report(RequestSpecification request, Object id) {
        return report(request, "activities", id);
    }

    private static List<String> report(RequestSpecification request, String kind, Object id) {
        String body = request.get("/api/v1/imports/" + kind + "/" + id + "/report")
                .then()
                .statusCode(200)
                .contentType(matchesPattern("text/csv.*"))
                .extract()
                .asString(); // RestAssured decodes as the charset says
        return new ArrayList<>(List.of(body.split("\r\n")));
    }
}
