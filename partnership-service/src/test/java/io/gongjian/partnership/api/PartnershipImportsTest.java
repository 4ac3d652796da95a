package io.gongjian.partnership.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The kinds issue 14 adds to this service's imports: key projects and member-count histories, which a file uploaded
 * again leaves as they are, and partnerships with their annual targets.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class PartnershipImportsTest {

    @Test
    void keyProjectsUploadedTwiceChangeNothingAndAChangedRowIsRefusedOrRevisesAsTheModeSays() {
        String partnership =
                Fixtures.draft(Fixtures.register("UNIVERSITY", "450200"), Fixtures.register("ENTERPRISE", "450200"));
        String headings = "合作编号,重点工程名称,共建模式,牵头方,完成期限,工程状态\n";
        String laboratory = partnership + ",新能源汽车联合实验室,科技创新·成果转化,双方联合,2027-03-14,推进中\n";
        String csv = headings + laboratory + partnership + ",订单班,TALENT,UNIVERSITY,2028-06-30,\n";
        Response first = ImportUploads.imported("key-projects", csv, "valid-rows");
        assertThat(first.path("state"), equalTo("SUCCEEDED"));
        assertThat(first.path("rowsCreated"), equalTo(2));
        String projects = "/api/v1/partnerships/" + partnership + "/key-projects";
        String history = "/api/v1/partnerships/" + partnership + "/history";
        given().get(projects)
                .then()
                .body("title", contains("新能源汽车联合实验室", "订单班"))
                .body("status", contains("IN_PROGRESS", "PLANNED"))
                .body("leadSide", contains("JOINT", "UNIVERSITY"));
        List<Object> added = given().get(projects).then().extract().jsonPath().getList("$");
        List<String> ids = given().get(projects).then().extract().jsonPath().getList("id");
        given().get(history).then().body("action", contains("drafted", "key project added", "key project added"));

        for (String mode : List.of("valid-rows", "atomic")) {
            Response again = ImportUploads.imported("key-projects", csv, mode);
            assertThat(again.path("state"), equalTo("SUCCEEDED"));
            assertThat(again.path("rowsUnchanged"), equalTo(2));
            assertThat(given().get(projects).then().extract().jsonPath().getList("$"), equalTo(added));
            given().get(history).then().body("$", hasSize(3));
        }

        String done = csv.replace(laboratory, laboratory.replace("推进中", "已完成"));
        Response refused = ImportUploads.imported("key-projects", done, "atomic");
        assertThat(refused.path("state"), equalTo("REFUSED"));
        assertThat(refused.path("rowsRefused"), equalTo(1));
        assertThat(
                ImportUploads.report("key-projects", refused).get(1), startsWith("2,title,key-project.title-taken,"));
        assertThat(given().get(projects).then().extract().jsonPath().getList("$"), equalTo(added));

        Response revised = ImportUploads.imported("key-projects", done, "valid-rows");
        assertThat(revised.path("state"), equalTo("SUCCEEDED"));
        assertThat(revised.path("rowsAmended"), equalTo(1));
        assertThat(revised.path("rowsUnchanged"), equalTo(1));
        given().get(projects)
                .then()
                .body("id", equalTo(ids))
                .body("title", contains("新能源汽车联合实验室", "订单班"))
                .body("status", contains("DONE", "PLANNED"));
        given().get(history)
                .then()
                .body("action", contains("drafted", "key project added", "key project added", "key project revised"));
    }

    @Test
    void memberCountsUploadedTwiceChangeNothingAndAChangedCountIsRefusedOrReplacesAsTheModeSays() {
        String organization = Fixtures.register("ENTERPRISE", "450200");
        String csv = "组织编号,党员人数,生效日期\n" + organization + ",2100,2024-01-01\n" + organization + ",2200,2025-01-01\n";
        Response first = ImportUploads.imported("member-counts", csv, "valid-rows");
        assertThat(first.path("state"), equalTo("SUCCEEDED"));
        assertThat(first.path("rowsCreated"), equalTo(2));
        String counts = "/api/v1/organizations/" + organization + "/member-counts";
        String history = "/api/v1/organizations/" + organization + "/history";
        given().get(counts)
                .then()
                .body("effectiveOn", contains("2024-01-01", "2025-01-01"))
                .body("count", contains(2100, 2200));
        given().get(history)
                .then()
                .body("action", contains("registered", "member count recorded", "member count recorded"));

        for (String mode : List.of("valid-rows", "atomic")) {
            Response again = ImportUploads.imported("member-counts", csv, mode);
            assertThat(again.path("state"), equalTo("SUCCEEDED"));
            assertThat(again.path("rowsUnchanged"), equalTo(2));
            given().get(counts).then().body("count", contains(2100, 2200));
            given().get(history).then().body("$", hasSize(3));
        }

        String corrected = csv.replace(",2200,", ",2250,");
        Response refused = ImportUploads.imported("member-counts", corrected, "atomic");
        assertThat(refused.path("state"), equalTo("REFUSED"));
        assertThat(
                ImportUploads.report("member-counts", refused).get(1),
                startsWith("3,effectiveOn,member-count.date-taken,"));
        given().get(counts).then().body("count", contains(2100, 2200));

        Response replaced = ImportUploads.imported("member-counts", corrected, "valid-rows");
        assertThat(replaced.path("state"), equalTo("SUCCEEDED"));
        assertThat(replaced.path("rowsAmended"), equalTo(1));
        assertThat(replaced.path("rowsUnchanged"), equalTo(1));
        given().get(counts)
                .then()
                .body("effectiveOn", contains("2024-01-01", "2025-01-01"))
                .body("count", contains(2100, 2250));
        given().get("/api/v1/organizations/" + organization).then().body("currentMemberCount", equalTo(2250));
        given().get(history).then().body("$", hasSize(4));
    }

    @Test
    void aPartnershipsRowWithTargetColumnsIsDraftedWithThoseTargets() {
        String university = Fixtures.register("UNIVERSITY", "450200");
        String enterprise = Fixtures.register("ENTERPRISE", "450200");
        String csv = "高校党组织编号,企业党组织编号,共建名称,签约日期,共建开始日期,共建结束日期,共建模式,党建活动频次目标,人才交流人次目标\n"
                + university + "," + enterprise + ",有目标的共建,2024-03-15,2024-03-15,2027-03-14,TALENT,12,100\n"
                + university + "," + enterprise + ",无目标的共建,2024-03-15,2024-03-15,2027-03-14,TALENT,,\n"
                + university + "," + enterprise + ",负目标的共建,2024-03-15,2024-03-15,2027-03-14,TALENT,-1,\n";
        Response job = ImportUploads.imported("partnerships", csv, "valid-rows");
        assertThat(job.path("state"), equalTo("PARTIALLY_SUCCEEDED"));
        assertThat(job.path("rowsCreated"), equalTo(2));
        assertThat(ImportUploads.report("partnerships", job).get(1), startsWith("4,orgActivityFrequencyTarget,"));

        Response listed = given().queryParam("organization", university).get("/api/v1/partnerships");
        listed.then().body("totalItems", equalTo(2));
        String withTargets = listed.path("items.find { it.title == '有目标的共建' }.id");
        String without = listed.path("items.find { it.title == '无目标的共建' }.id");
        given().get("/api/v1/partnerships/" + withTargets)
                .then()
                .body("status", equalTo("DRAFT"))
                .body("targets", aMapWithSize(2))
                .body("targets.ORG_ACTIVITY_FREQUENCY", equalTo(12))
                .body("targets.RES_TALENT_EXCHANGES", equalTo(100));
        given().get("/api/v1/partnerships/" + withTargets + "/history")
                .then()
                .body("action", contains("drafted", "targets set"));
        given().get("/api/v1/partnerships/" + without).then().body("targets", aMapWithSize(0));
    }

    @Test
    void theNewKindsHaveTemplates() throws IOException {
        for (String kind : List.of("key-projects", "member-counts", "partnerships")) {
            byte[] template = given().get("/api/v1/imports/templates/" + kind)
                    .then()
                    .statusCode(200)
                    .contentType(matchesPattern("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.*"))
                    .extract()
                    .asByteArray();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
                var headings = book.getSheetAt(0).getRow(0);
                switch (kind) {
                    case "key-projects" -> {
                        assertThat(headings.getCell(0).getStringCellValue(), equalTo("合作编号\npartnershipId"));
                        assertThat(headings.getCell(1).getStringCellValue(), equalTo("重点工程名称\ntitle"));
                    }
                    case "member-counts" -> {
                        assertThat(headings.getCell(0).getStringCellValue(), equalTo("组织编号\norganizationId"));
                        assertThat(headings.getCell(2).getStringCellValue(), equalTo("生效日期\neffectiveOn"));
                    }
                    default -> assertThat(
                            headings.getCell(headings.getLastCellNum() - 1).getStringCellValue(),
                            equalTo("党建创新实践数目标\ninnPracticesTarget"));
                }
            }
        }
    }
}
