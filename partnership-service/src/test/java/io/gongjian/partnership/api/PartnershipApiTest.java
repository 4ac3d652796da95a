package io.gongjian.partnership.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class PartnershipApiTest {

    @Test
    void registersAnOrganisationWithLocationAndEtag() {
        given().contentType(ContentType.JSON)
                .body(Fixtures.organization("UNIVERSITY", "450200"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/organizations/[0-9a-f-]{36}"))
                .header("ETag", equalTo("\"1\""))
                .body("kind", equalTo("UNIVERSITY"))
                .body("regionCode", equalTo("450200"));
    }

    /** One row per organisation with its latest party-member count, each through the POSTs of one organisation. */
    @Test
    void importsOrganisationsWithTheirMemberCountsAndNamesTheBadRow() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String csv = "组织编号,党组织名称,组织类型,党组织层级,所在单位,统一社会信用代码,行政区划代码,党员人数,党员人数日期\n"
                + ",中共导入大学委员会 " + marker + ",高校,党委,导入大学," + Fixtures.UNIVERSITY_CODE
                + ",450200,1465,2026-01-01\n"
                + ",中共导入企业委员会 " + marker + ",ENTERPRISE,COMMITTEE,导入企业,not-a-code,450200,,\n"
                + ",中共导入集团委员会 " + marker + ",企业,党支部,导入集团," + Fixtures.ENTERPRISE_CODE
                + ",450200,12,\n";
        Response job = ImportUploads.imported("organizations", csv, "valid-rows");
        assertEquals("PARTIALLY_SUCCEEDED", job.path("state"));
        assertEquals(1, (int) job.path("rowsAccepted"));
        List<String> report = ImportUploads.report("organizations", job);
        assertEquals(3, report.size(), String.join("\n", report));
        assertTrue(report.get(1).startsWith("3,creditCode,"), report.get(1));
        assertTrue(report.get(2).startsWith("4,memberCountOn,required,"), report.get(2));
        given().queryParam("q", marker)
                .get("/api/v1/organizations")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].kind", equalTo("UNIVERSITY"))
                .body("items[0].memberCounts[0].count", equalTo(1465))
                .body("items[0].currentMemberCount", equalTo(1465));
        // The other services' kinds are theirs.
        given().get("/api/v1/imports/templates/activities")
                .then()
                .statusCode(422)
                .body("field", equalTo("kind"));
    }

    /** A row is the body of POST /api/v1/partnerships, the term in two columns and the modes in one cell. */
    @Test
    void importsPartnershipsAsDraftsAndNamesTheBadRow() {
        String university = Fixtures.register("UNIVERSITY", "450200");
        String enterprise = Fixtures.register("ENTERPRISE", "450200");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String csv = "高校党组织编号,企业党组织编号,共建名称,签约日期,共建开始日期,共建结束日期,共建模式\n"
                + university + "," + enterprise + ",导入共建 " + marker
                + ",2024-03-15,2024-03-15,2027-03-14,理念共享·思想引领；TALENT\n"
                + university + "," + enterprise + ",期限颠倒 " + marker + ",2024-03-15,2024-03-15,2023-01-01,IDEOLOGY\n";
        Response job = ImportUploads.imported("partnerships", csv, "valid-rows");
        assertEquals("PARTIALLY_SUCCEEDED", job.path("state"));
        assertEquals(1, (int) job.path("rowsAccepted"));
        List<String> report = ImportUploads.report("partnerships", job);
        assertEquals(2, report.size(), String.join("\n", report));
        assertTrue(report.get(1).startsWith("3,"), report.get(1));
        given().queryParam("q", marker)
                .get("/api/v1/partnerships")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].status", equalTo("DRAFT"));
    }

    /** The lists' text search (ListQuery): any case, % and _ taken literally, with the other filters. */
    @Test
    void findsOrganisationsAndPartnershipsByTextInAnyCaseTakingWildcardsLiterally() {
        String university = Fixtures.register("UNIVERSITY", "450200");
        String enterprise = Fixtures.register("ENTERPRISE", "450200");
        String name = given().get("/api/v1/organizations/" + university)
                .then()
                .extract()
                .path("name");
        String marker = name.substring(name.lastIndexOf(' ') + 1, name.lastIndexOf(' ') + 9);
        given().queryParam("q", marker.toUpperCase())
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("items.id", contains(university))
                .body("totalItems", equalTo(1));
        given().queryParam("q", marker + "%")
                .get("/api/v1/organizations")
                .then()
                .body("totalItems", equalTo(0));
        given().queryParam("q", "_" + marker.substring(1))
                .get("/api/v1/organizations")
                .then()
                .body("totalItems", equalTo(0));

        String partnership = Fixtures.draft(university, enterprise);
        String title = given().get("/api/v1/partnerships/" + partnership)
                .then()
                .extract()
                .path("title");
        given().queryParam("q", title.substring(title.length() - 12).toUpperCase())
                .queryParam("status", "DRAFT")
                .queryParam("organization", enterprise)
                .queryParam("region", "4502")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200)
                .body("items.id", contains(partnership))
                .body("totalItems", equalTo(1));
        given().queryParam("q", title.substring(title.length() - 12))
                .queryParam("status", "ACTIVE")
                .get("/api/v1/partnerships")
                .then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void refusesAWrongCreditCodeNamingTheFieldAndWritingNothing() {
        Map<String, Object> body = new HashMap<>(Fixtures.organization("UNIVERSITY", "450200"));
        body.put("creditCode", "12450200498600571B");
        body.put("id", "45990000-0000-4000-8000-00000000dead");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("field", equalTo("creditCode"))
                .body("detail", containsString("should be 'A'"));
        given().get("/api/v1/organizations/45990000-0000-4000-8000-00000000dead")
                .then()
                .statusCode(404);
    }

    @Test
    void refusesUnknownFieldsMalformedJsonAndUnknownEnumValuesWith400() {
        Map<String, Object> unknownField = new HashMap<>(Fixtures.organization("UNIVERSITY", "450200"));
        unknownField.put("colour", "red");
        given().contentType(ContentType.JSON)
                .body(unknownField)
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("colour"))
                .body("detail", containsString("unknown field 'colour'"));

        given().contentType(ContentType.JSON)
                .body("{\"name\": ")
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("malformed JSON"));

        Map<String, Object> badKind = new HashMap<>(Fixtures.organization("UNIVERSITY", "450200"));
        badKind.put("kind", "SCHOOL");
        given().contentType(ContentType.JSON)
                .body(badKind)
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("field", equalTo("kind"))
                .body("detail", containsString("allowed: UNIVERSITY, ENTERPRISE, GOVERNMENT"));
    }

    @Test
    void listsMissingFieldsAllAtOnce() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "x"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(422)
                .body("errors.field", contains("creditCode", "institution", "kind", "level", "regionCode"));
    }

    @Test
    void walksTheLifecycleAndRefusesAnIllegalTransitionWith409() {
        String partnership =
                Fixtures.draft(Fixtures.register("UNIVERSITY", "450200"), Fixtures.register("ENTERPRISE", "450200"));
        given().post("/api/v1/partnerships/" + partnership + "/suspend")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("currentStatus", equalTo("DRAFT"))
                .body("allowedCommands", contains("activate"));
        given().post("/api/v1/partnerships/" + partnership + "/activate")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("allowedCommands", contains("suspend", "terminate"));
        given().post("/api/v1/partnerships/" + partnership + "/suspend")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        given().post("/api/v1/partnerships/" + partnership + "/resume")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        given().post("/api/v1/partnerships/" + partnership + "/terminate")
                .then()
                .statusCode(200)
                .body("status", equalTo("TERMINATED"));
    }

    @Test
    void refusesASecondActivePartnershipBetweenTheSameOrganisations() {
        String university = Fixtures.register("UNIVERSITY", "450200");
        String enterprise = Fixtures.register("ENTERPRISE", "450200");
        String first = Fixtures.draft(university, enterprise);
        String second = Fixtures.draft(university, enterprise);
        given().post("/api/v1/partnerships/" + first + "/activate").then().statusCode(200);
        given().post("/api/v1/partnerships/" + second + "/activate")
                .then()
                .statusCode(409)
                .body("detail", containsString("already have an ACTIVE partnership"));
    }

    @Test
    void generatesReadableCodesPerRegionAndYear() {
        String university = Fixtures.register("UNIVERSITY", "340100");
        String partnership = Fixtures.draft(university, Fixtures.register("ENTERPRISE", "340104"));
        given().get("/api/v1/partnerships/" + partnership)
                .then()
                .statusCode(200)
                .body("code", matchesPattern("GJ-340100-2024-\\d{3}"))
                .body("regionCode", equalTo("340100"));
    }

    @Test
    void refusesAStaleUpdateWith412AndAMissingIfMatchWith428() {
        String partnership =
                Fixtures.draft(Fixtures.register("UNIVERSITY", "450200"), Fixtures.register("ENTERPRISE", "450200"));
        Map<String, Object> targets = Map.of("ORG_ACTIVITY_FREQUENCY", 12, "RES_TALENT_EXCHANGES", 220);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(targets)
                .put("/api/v1/partnerships/" + partnership + "/targets")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("RES_TALENT_EXCHANGES", equalTo(220));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("INN_PRACTICES", 2))
                .put("/api/v1/partnerships/" + partnership + "/targets")
                .then()
                .statusCode(412)
                .body("currentVersion", equalTo(2));
        given().contentType(ContentType.JSON)
                .body(Map.of("INN_PRACTICES", 2))
                .put("/api/v1/partnerships/" + partnership + "/targets")
                .then()
                .statusCode(428)
                .body("field", equalTo("If-Match"));
        given().get("/api/v1/partnerships/" + partnership + "/targets")
                .then()
                .body("ORG_ACTIVITY_FREQUENCY", equalTo(12));
    }

    @Test
    void acceptsTargetsOnlyForVolumeIndicatorsAndNeverNegative() {
        String partnership =
                Fixtures.draft(Fixtures.register("UNIVERSITY", "450200"), Fixtures.register("ENTERPRISE", "450200"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("ORG_PARTICIPATION", 50))
                .put("/api/v1/partnerships/" + partnership + "/targets")
                .then()
                .statusCode(422)
                .body("field", equalTo("targets.ORG_PARTICIPATION"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("INN_PRACTICES", -1))
                .put("/api/v1/partnerships/" + partnership + "/targets")
                .then()
                .statusCode(422)
                .body("field", equalTo("targets.INN_PRACTICES"));
    }

    @Test
    void refusesPartiesOfTheWrongKind() {
        String enterprise = Fixtures.register("ENTERPRISE", "450200");
        given().contentType(ContentType.JSON)
                .body(Fixtures.partnership(enterprise, enterprise))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(422)
                .body("field", equalTo("universityOrganizationId"));
    }

    @Test
    void keepsKeyProjectsAndTheHistoryOfWhoChangedWhat() {
        String partnership =
                Fixtures.draft(Fixtures.register("UNIVERSITY", "450200"), Fixtures.register("ENTERPRISE", "450200"));
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "党校共建", "mode", "ORGANIZATION", "leadSide", "JOINT", "dueOn", "2026-12-31"))
                .post("/api/v1/partnerships/" + partnership + "/key-projects")
                .then()
                .statusCode(201)
                .body("status", equalTo("PLANNED"))
                .body("id", notNullValue());
        given().post("/api/v1/partnerships/" + partnership + "/activate").then().statusCode(200);

        given().get("/api/v1/partnerships/" + partnership + "/key-projects")
                .then()
                .body("title", contains("党校共建"));
        given().get("/api/v1/partnerships/" + partnership + "/history")
                .then()
                .statusCode(200)
                .body("action", contains("drafted", "key project added", "activate"))
                .body("actor", contains("admin", "admin", "admin"))
                .body("version", contains(1, 2, 3))
                .body("[2].changes.status.from", equalTo("DRAFT"))
                .body("[2].changes.status.to", equalTo("ACTIVE"));
    }

    @Test
    void recordsMemberCountsWithHistory() {
        String organization = Fixtures.register("ENTERPRISE", "450200");
        given().contentType(ContentType.JSON)
                .body(Map.of("count", 2100, "effectiveOn", "2024-01-01"))
                .post("/api/v1/organizations/" + organization + "/member-counts")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("count", -5, "effectiveOn", "2024-01-01"))
                .post("/api/v1/organizations/" + organization + "/member-counts")
                .then()
                .statusCode(422)
                .body("field", equalTo("count"));
        given().get("/api/v1/organizations/" + organization)
                .then()
                .body("currentMemberCount", equalTo(2100))
                .body("memberCounts", hasSize(1));
        given().get("/api/v1/organizations/" + organization + "/history")
                .then()
                .body("action", contains("registered", "member count recorded"));
    }

    @Test
    void listsArePaginatedFilteredAndSorted() {
        String university = Fixtures.register("UNIVERSITY", "510100");
        Fixtures.draft(university, Fixtures.register("ENTERPRISE", "510100"));
        Fixtures.draft(university, Fixtures.register("ENTERPRISE", "510100"));
        given().queryParam("region", "5101")
                .queryParam("size", 1)
                .queryParam("sort", "-code")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("totalItems", equalTo(2))
                .body("totalPages", equalTo(2))
                .body("items[0].code", endsWith("-002"));
        given().queryParam("size", 500)
                .get("/api/v1/partnerships")
                .then()
                .statusCode(422)
                .body("field", equalTo("size"));
        given().queryParam("sort", "colour")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(422)
                .body("field", equalTo("sort"));
        given().queryParam("status", "SLEEPING")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(400)
                .body("field", equalTo("status"));
        given().queryParam("kind", "UNIVERSITY")
                .queryParam("region", "510100")
                .get("/api/v1/organizations")
                .then()
                .body("items.id", equalTo(List.of(university)));
    }
}
