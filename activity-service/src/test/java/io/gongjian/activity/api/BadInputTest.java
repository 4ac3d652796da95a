package io.gongjian.activity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.activity.application.PartnershipViews;
import io.gongjian.commons.time.BusinessCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Input an outsider sends on purpose or by mistake: each is refused as a problem document that names the field
 * and says in words what was expected, never a 500, never a silent change of what was sent, never a partial write.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class BadInputTest {

    /** A Java or Jackson class name in a message meant for a bureau clerk. */
    private static final Pattern CLASS_NAME =
            Pattern.compile("java\\.|javax\\.|jakarta\\.|com\\.fasterxml|io\\.gongjian|io\\.quarkus|`|\\$|"
                    + "\\b[A-Z][a-z]+(?:[A-Z][a-z]+)+(?:Request|Details|Exception|Deserializer|Feature)\\b");

    @Inject
    PartnershipViews views;

    @Inject
    BusinessCalendar calendar;

    UUID partnership;

    @BeforeEach
    void aKnownActivePartnership() {
        if (partnership == null) {
            partnership = Partnerships.known(views, "ACTIVE", "450200");
        }
    }

    /** A valid activity as JSON text, with {@code member} replacing one member's raw JSON. */
    String activity(String member, String rawValue) {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("partnershipId", "\"" + partnership + "\"");
        members.put("type", "\"JOINT_STUDY\"");
        members.put("mode", "\"IDEOLOGY\"");
        members.put("title", "\"两级党委理论学习中心组联学\"");
        members.put("occurredOn", "\"" + calendar.today().minusDays(3) + "\"");
        members.put("organisingSide", "\"JOINT\"");
        members.put("universityPartyMembers", "18");
        members.put("enterprisePartyMembers", "22");
        members.put("attendance", "56");
        members.put("evidenceLinks", "[\"https://dangjian.example.cn/minutes.pdf\"]");
        if (member != null) {
            members.put(member, rawValue);
        }
        StringBuilder json = new StringBuilder("{");
        members.forEach((name, value) -> json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(name)
                .append("\":")
                .append(value));
        return json.append('}').toString();
    }

    ValidatableResponse post(String path, String json) {
        return given().contentType(ContentType.JSON).body(json).post(path).then();
    }

    /** A problem document of {@code status} naming {@code field}, whose detail a bureau clerk can read. */
    static void refused(ValidatableResponse response, int status, String field) {
        response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("field", equalTo(field))
                .body("detail", notNullValue());
        readable(response.extract().response());
    }

    static void readable(Response response) {
        String detail = response.path("detail");
        assertFalse(CLASS_NAME.matcher(detail).find(), () -> "a class name in: " + detail);
    }

    /** A RESEARCH_OUTPUT achievement of the partnership, to convert. */
    String researchOutput() {
        return post(
                        "/api/v1/achievements",
                        "{\"partnershipId\":\"" + partnership + "\",\"type\":\"RESEARCH_OUTPUT\",\"title\":\"专利\","
                                + "\"registeredOn\":\"" + calendar.today().minusDays(5) + "\"}")
                .statusCode(201)
                .extract()
                .path("id");
    }

    int activities() {
        return given().queryParam("partnership", partnership.toString())
                .get("/api/v1/activities")
                .then()
                .statusCode(200)
                .extract()
                .path("totalItems");
    }

    @Test
    void aValidBodyIsAcceptedSoThatEveryRefusalBelowIsAboutOneValue() {
        post("/api/v1/activities", activity(null, null)).statusCode(201);
    }

    @Test
    void refusesANulCharacterInAnyTextNamingTheFieldAndWritingNothing() {
        int before = activities();
        refused(post("/api/v1/activities", activity("title", "\"学习\\u0000会\"")), 400, "title");
        refused(
                post(
                        "/api/v1/activities",
                        activity("evidenceLinks", "[\"https://a.cn/x.pdf\", \"https://a.cn/\\u0000\"]")),
                400,
                "evidenceLinks[1]");
        refused(post("/api/v1/activities", activity("location", "\"\\ud800\"")), 400, "location");
        assertEquals(before, activities());

        String id = post("/api/v1/activities", activity(null, null))
                .statusCode(201)
                .extract()
                .path("id");
        refused(
                given().queryParam("reason", "logged\u0000twice")
                        .delete("/api/v1/activities/" + id)
                        .then(),
                400,
                "reason");
        given().get("/api/v1/activities/" + id).then().statusCode(200).body("status", equalTo("ACTIVE"));
        refused(given().queryParam("sort", "\u0000").get("/api/v1/activities").then(), 400, "sort");
    }

    @Test
    void refusesPagesBeyondAnyRealListNamingThePage() {
        for (String list : new String[] {"/api/v1/activities", "/api/v1/exchanges", "/api/v1/achievements"}) {
            refused(
                    given().queryParam("page", 21474837)
                            .queryParam("size", 100)
                            .get(list)
                            .then(),
                    422,
                    "page");
            refused(
                    given().queryParam("page", Integer.MAX_VALUE)
                            .queryParam("size", 1)
                            .get(list)
                            .then(),
                    422,
                    "page");
            refused(given().queryParam("page", "99999999999").get(list).then(), 400, "page");
            given().queryParam("page", 10_000)
                    .queryParam("size", 100)
                    .get(list)
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void refusesARepeatedKeyNamingIt() {
        String json = activity(null, null);
        refused(
                post("/api/v1/activities", json.substring(0, json.length() - 1) + ",\"title\":\"again\"}"),
                400,
                "title");
        refused(post("/api/v1/activities", "{\"title\":\"a\"," + json.substring(1)), 400, "title");
    }

    @Test
    void refusesNumbersOutOfRangeOrOfTheWrongKind() {
        refused(post("/api/v1/activities", activity("attendance", "99999999999")), 400, "attendance");
        refused(post("/api/v1/activities", activity("attendance", "56.5")), 400, "attendance");
        refused(post("/api/v1/activities", activity("attendance", "\"56\"")), 400, "attendance");
        refused(post("/api/v1/activities", activity("attendance", "1e400")), 400, "attendance");
        refused(post("/api/v1/activities", activity("title", "12")), 400, "title");

        String output = researchOutput();
        String conversion = "{\"convertedOn\":\"" + calendar.today().minusDays(1)
                + "\",\"form\":\"LICENSE\",\"outputValue\":%s,\"jobsCreated\":6}";
        String conversions = "/api/v1/achievements/" + output + "/conversions";
        refused(post(conversions, conversion.formatted("1e308")), 400, "outputValue");
        refused(post(conversions, conversion.formatted("1000000000000")), 400, "outputValue");
        post(conversions, conversion.formatted("120.5")).statusCode(201);
    }

    /** Caps that keep every record's event deliverable (issue 11): 422 naming the field, nothing written. */
    @Test
    void refusesRecordsBeyondTheirCapsNamingTheFieldAndWritingNothing() {
        int before = activities();
        String link = "\"https://dangjian.example.cn/minutes.pdf\"";
        refused(
                post(
                        "/api/v1/activities",
                        activity(
                                "evidenceLinks",
                                "[" + String.join(",", java.util.Collections.nCopies(51, link)) + "]")),
                422,
                "evidenceLinks");
        refused(
                post(
                        "/api/v1/activities",
                        activity("evidenceLinks", "[\"https://dangjian.example.cn/" + "x".repeat(2001) + "\"]")),
                422,
                "evidenceLinks[0]");
        refused(post("/api/v1/activities", activity("title", "\"" + "联".repeat(301) + "\"")), 422, "title");
        refused(post("/api/v1/activities", activity("attendance", "5001")), 422, "attendance");
        refused(post("/api/v1/activities", activity("occurredOn", "\"1949-09-30\"")), 422, "occurredOn");
        assertEquals(before, activities());

        String output = researchOutput();
        String conversion = "{\"convertedOn\":\"" + calendar.today().minusDays(1)
                + "\",\"form\":\"LICENSE\",\"outputValue\":%s,\"jobsCreated\":%s}";
        String conversions = "/api/v1/achievements/" + output + "/conversions";
        refused(post(conversions, conversion.formatted("1000000.01", "6")), 422, "outputValue");
        refused(post(conversions, conversion.formatted("12.00001", "6")), 422, "outputValue");
        refused(post(conversions, conversion.formatted("12", "10001")), 422, "jobsCreated");
        post(conversions, conversion.formatted("1000000", "10000")).statusCode(201);
    }

    @Test
    void refusesLenientEnumValues() {
        refused(post("/api/v1/activities", activity("type", "\"0\"")), 400, "type");
        refused(post("/api/v1/activities", activity("type", "0")), 400, "type");
        refused(post("/api/v1/activities", activity("type", "\"JOINT_STUDY \"")), 400, "type");
        refused(post("/api/v1/activities", activity("type", "\" JOINT_STUDY\"")), 400, "type");
        refused(post("/api/v1/activities", activity("type", "\"joint_study\"")), 400, "type");
        refused(post("/api/v1/activities", activity("type", "\"\"")), 400, "type");
        post("/api/v1/activities", activity("type", "\"0\""))
                .body("detail", containsString("one of"))
                .body("detail", containsString("JOINT_STUDY"));
    }

    @Test
    void refusesDatesThatAreNotPlainCalendarDatesOfYears0001To9999() {
        for (String date : new String[] {
            "\"2024-01-01T00:00:00\"",
            "\"2024-01-01T00:00:00Z\"",
            "\"0000-01-01\"",
            "\"+2024-01-01\"",
            "\"-2024-01-01\"",
            "\"+10000-01-01\"",
            "\"20240101\"",
            "\"2024-1-1\"",
            "\"2024-02-30\"",
            "\" 2024-01-01\"",
            "20240101",
            "[2024,1,1]",
            "{}"
        }) {
            ValidatableResponse response = post("/api/v1/activities", activity("occurredOn", date));
            refused(response, 400, "occurredOn");
            response.body("detail", containsString("YYYY-MM-DD"));
        }
    }

    @Test
    void refusesABodyWithoutContentTypeWith415SayingWhatIsExpected() throws IOException {
        int before = activities();
        byte[] body = activity(null, null).getBytes(StandardCharsets.UTF_8);
        String answer = rawRequest("POST /api/v1/activities HTTP/1.1\r\nHost: localhost\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n" + new String(body, StandardCharsets.UTF_8));
        assertTrue(answer.startsWith("HTTP/1.1 415"), answer);
        assertTrue(
                answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("\"field\":\"Content-Type\""), answer);
        assertTrue(answer.contains("application/json"), answer);
        given().contentType(ContentType.TEXT)
                .body(activity(null, null))
                .post("/api/v1/activities")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("application/json"));
        assertEquals(before, activities());
    }

    /** What a client that sends exactly these bytes gets back, status line first. */
    static String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void namesNoJavaClassInAnyRefusalOfABody() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("[]", null);
        bodies.put("\"text\"", null);
        bodies.put("42", null);
        bodies.put("null", null);
        bodies.put("", null);
        bodies.put("{", null);
        bodies.put("{\"title\": }", null);
        bodies.put(activity(null, null) + " {}", null);
        bodies.put(activity("partnershipId", "\"nope\""), "partnershipId");
        bodies.put(activity("partnershipId", "42"), "partnershipId");
        bodies.put(activity("title", "{\"zh\": \"学习\"}"), "title");
        bodies.put(activity("title", "[\"学习\"]"), "title");
        bodies.put(activity("title", "true"), "title");
        bodies.put(activity("evidenceLinks", "\"https://a.cn/x.pdf\""), "evidenceLinks");
        bodies.put(activity("evidenceLinks", "{}"), "evidenceLinks");
        bodies.put(activity("evidenceLinks", "[1]"), "evidenceLinks[0]");
        bodies.put(activity("attendance", "\"many\""), "attendance");
        bodies.put(activity("attendance", "true"), "attendance");
        bodies.put(activity("attendance", "[56]"), "attendance");
        bodies.put(activity("mode", "{}"), "mode");
        bodies.put(activity("organisingSide", "\"BOTH\""), "organisingSide");
        bodies.put(activity("occurredOn", "\"yesterday\""), "occurredOn");
        bodies.put(activity("universityPartyMembers", "-"), null);
        bodies.put(activity("title", "\"unterminated"), null);
        bodies.put("{\"partnershipId\": \"" + UUID.randomUUID() + "\", \"attendance\": 1e99999999999}", null);
        assertAll(bodies.entrySet().stream().map(body -> () -> {
            Response response = given().contentType(ContentType.JSON)
                    .body(body.getKey())
                    .post("/api/v1/activities")
                    .then()
                    .extract()
                    .response();
            String shown = body.getKey() + " → " + response.statusCode() + " " + response.asString();
            assertTrue(response.statusCode() == 400 || response.statusCode() == 422, shown);
            assertEquals("application/problem+json", response.contentType(), shown);
            assertFalse(CLASS_NAME.matcher(response.<String>path("detail")).find(), shown);
            if (body.getValue() != null) {
                assertEquals(body.getValue(), response.path("field"), shown);
            }
        }));
    }

    @Test
    void refusesAMalformedIdInAPathWith400NamingTheParameter() {
        refused(given().get("/api/v1/activities/not-a-uuid").then(), 400, "id");
        refused(given().get("/api/v1/achievements/42/conversions").then(), 400, "achievementId");
        refused(
                given().get("/api/v1/achievements/" + partnership + "/conversions/x/history")
                        .then(),
                400,
                "id");
    }

    @Test
    void refusesAQueryParameterTheOperationDoesNotTakeNamingIt() {
        ValidatableResponse overdue =
                given().queryParam("overdue", "true").get("/api/v1/activities").then();
        refused(overdue, 400, "overdue");
        overdue.body("detail", containsString("partnership"));
        refused(
                given().queryParam("reasn", "typo")
                        .delete("/api/v1/activities/" + partnership)
                        .then(),
                400,
                "reasn");
    }

    @Test
    void sortsByTheDateAsTheBodyNamesItAndStillByItsFormerName() {
        for (String sort : List.of("occurredOn", "-occurredOn", "businessDate", "-businessDate")) {
            given().queryParam("sort", sort).get("/api/v1/activities").then().statusCode(200);
        }
        refused(given().queryParam("sort", "title").get("/api/v1/activities").then(), 422, "sort");
    }

    @Test
    void answersErrorsRaisedBeforeTheApplicationAsProblemDocuments() throws IOException {
        given().get("/api/v1/activities?x=" + "a".repeat(9000))
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .body("status", equalTo(414));
        given().header("X-Big", "b".repeat(30_000))
                .get("/api/v1/activities")
                .then()
                .statusCode(431)
                .contentType("application/problem+json")
                .body("status", equalTo(431));
        given().get("/nowhere").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/nowhere").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{}")
                .patch("/api/v1/activities")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("detail", not(containsString("Exception")));
        for (String target : new String[] {"/api/v1/activities?reason=%C3%28", "/api/v1/activities?reason=%00"}) {
            String answer = rawRequest("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(
                    answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"),
                    answer);
        }
    }
}
