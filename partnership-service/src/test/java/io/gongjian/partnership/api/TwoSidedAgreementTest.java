package io.gongjian.partnership.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.events.Topics;
import io.gongjian.testing.AccessMatrix;
import io.gongjian.testing.Parallel;
import io.gongjian.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An agreement has two sides, with the real tokens of the realm's demo users: lzzy-admin (the university LZZY) and
 * gxqc-admin (the enterprise GXQC), in Liuzhou (450200) where gx-bureau oversees and sz-bureau does not. The pair
 * may have one ACTIVE partnership only, so each test first ends any it has.
 */
@QuarkusTest
class TwoSidedAgreementTest {

    static final String LZZY = AccessMatrix.LZZY;
    static final String GXQC = AccessMatrix.GXQC;

    private final AccessMatrix tokens = new AccessMatrix();

    @BeforeEach
    void theTwoOrganisationsExistWithNoActivePartnership() {
        register(LZZY, "UNIVERSITY", Fixtures.UNIVERSITY_CODE);
        register(GXQC, "ENTERPRISE", Fixtures.ENTERPRISE_CODE);
        List<String> agreed = as("admin")
                .queryParam("organization", LZZY)
                .queryParam("size", 100)
                .get("/api/v1/partnerships")
                .then()
                .extract()
                .path("items.findAll { it.status == 'ACTIVE' || it.status == 'SUSPENDED' }.id");
        agreed.forEach(id -> as("admin")
                .post("/api/v1/partnerships/" + id + "/terminate")
                .then()
                .statusCode(200));
    }

    @Test
    void theOtherSideConfirmsAndOnlyThenThePartnershipIsActive() {
        try (TopicReader topic = TopicReader.fromNow(Topics.PARTNERSHIP)) {
            String id = as("lzzy-admin")
                    .contentType(ContentType.JSON)
                    .body(Fixtures.partnership(LZZY, GXQC))
                    .post("/api/v1/partnerships")
                    .then()
                    .statusCode(201)
                    .body("status", equalTo("DRAFT"))
                    .body("confirmedBy", contains("UNIVERSITY"))
                    .body("awaitingConfirmationFrom", contains("ENTERPRISE"))
                    .extract()
                    .path("id");

            // The drafting side cannot agree for the other, nor activate it itself.
            as("lzzy-admin")
                    .header("If-Match", "\"1\"")
                    .post("/api/v1/partnerships/" + id + "/confirm")
                    .then()
                    .statusCode(409)
                    .body("awaitingConfirmationFrom", contains("ENTERPRISE"));
            as("lzzy-admin")
                    .post("/api/v1/partnerships/" + id + "/activate")
                    .then()
                    .statusCode(403)
                    .body("detail", containsString("confirm"));

            // The other side sees an invitation: the title and who drafted it.
            Map<String, Object> invitation = as("gxqc-admin")
                    .queryParam("size", 100)
                    .get("/api/v1/partnerships/invitations")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.find { it.partnershipId == '" + id + "' }");
            assertEquals("ENTERPRISE", invitation.get("yourSide"));
            assertEquals(1, invitation.get("version"));
            assertEquals(
                    as("admin").get("/api/v1/organizations/" + LZZY).path("name"),
                    ((Map<?, ?>) invitation.get("invitedBy")).get("name"));
            as("lzzy-admin")
                    .get("/api/v1/partnerships/invitations")
                    .then()
                    .body("items.partnershipId", not(hasItem(id)));

            // It confirms the version it read.
            as("gxqc-admin")
                    .post("/api/v1/partnerships/" + id + "/confirm")
                    .then()
                    .statusCode(428);
            as("gxqc-admin")
                    .header("If-Match", "\"0\"")
                    .post("/api/v1/partnerships/" + id + "/confirm")
                    .then()
                    .statusCode(412);
            as("gxqc-admin")
                    .header("If-Match", "\"1\"")
                    .post("/api/v1/partnerships/" + id + "/confirm")
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"2\"")
                    .body("status", equalTo("ACTIVE"))
                    .body("awaitingConfirmationFrom", equalTo(List.of()));

            as("gxqc-admin")
                    .get("/api/v1/partnerships/invitations")
                    .then()
                    .body("items.partnershipId", not(hasItem(id)));
            as("lzzy-admin")
                    .get("/api/v1/partnerships/" + id + "/history")
                    .then()
                    .body("action", contains("drafted", "confirmed by the enterprise side"))
                    .body("actor", contains("lzzy-admin", "gxqc-admin"));
            // Consumers see a DRAFT, then the ACTIVE partnership: ACTIVE only once it is.
            List<TopicReader.Event> events = topic.awaitUntil(
                    event -> id.equals(event.key())
                            && "ACTIVE"
                                    .equals(event.value()
                                            .path("data")
                                            .path("status")
                                            .asText()),
                    Duration.ofSeconds(30));
            assertEquals(
                    List.of("DRAFT", "ACTIVE"),
                    events.stream()
                            .filter(event -> id.equals(event.key()))
                            .map(event ->
                                    event.value().path("data").path("status").asText())
                            .toList());
        }
    }

    @Test
    void aDraftChangedByTheOtherSideWaitsForTheDraftingSideAgain() {
        String id = draftAs("lzzy-admin");
        as("gxqc-admin")
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of(
                        "title",
                        "广西汽车集团修改后的协议",
                        "signedOn",
                        "2024-03-15",
                        "term",
                        Map.of("start", "2024-03-15", "end", "2029-03-14"),
                        "modes",
                        List.of("TALENT")))
                .put("/api/v1/partnerships/" + id)
                .then()
                .statusCode(200)
                .body("confirmedBy", contains("ENTERPRISE"))
                .body("awaitingConfirmationFrom", contains("UNIVERSITY"));
        as("lzzy-admin")
                .get("/api/v1/partnerships/invitations")
                .then()
                .body("items.find { it.partnershipId == '" + id + "' }.invitedBy.id", equalTo(GXQC));
        as("lzzy-admin")
                .header("If-Match", "\"2\"")
                .post("/api/v1/partnerships/" + id + "/confirm")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("title", equalTo("广西汽车集团修改后的协议"));
    }

    @Test
    void theBureauOfTheRegionActivatesOnTheRecordOfASignedAgreement() {
        String id = as("admin")
                .contentType(ContentType.JSON)
                .body(Fixtures.partnership(LZZY, GXQC))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(201)
                .body("awaitingConfirmationFrom", contains("UNIVERSITY", "ENTERPRISE"))
                .extract()
                .path("id");
        as("sz-bureau").post("/api/v1/partnerships/" + id + "/activate").then().statusCode(404);
        as("gx-bureau")
                .header("If-Match", "\"1\"")
                .post("/api/v1/partnerships/" + id + "/confirm")
                .then()
                .statusCode(403);
        as("gx-bureau")
                .post("/api/v1/partnerships/" + id + "/activate")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        as("lzzy-admin")
                .get("/api/v1/partnerships/" + id + "/history")
                .then()
                .body("action", contains("drafted", "activate"))
                .body("actor", contains("admin", "gx-bureau"));
    }

    @Test
    void parallelConfirmationsOfOneVersionAgreeOnce() {
        String id = draftAs("lzzy-admin");
        String token = tokens.token("gxqc-admin");

        List<io.restassured.response.Response> responses = Parallel.run(10, i -> given().auth()
                .oauth2(token)
                .header("If-Match", "\"1\"")
                .post("/api/v1/partnerships/" + id + "/confirm"));

        assertEquals(1, Parallel.count(responses, 200));
        assertEquals(9, Parallel.count(responses, 412));
        as("admin").get("/api/v1/partnerships/" + id + "/history").then().body("version", contains(1, 2));
    }

    /** LZZY × GXQC drafted by {@code user}; returns its id. */
    private String draftAs(String user) {
        return as(user).contentType(ContentType.JSON)
                .body(Fixtures.partnership(LZZY, GXQC))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private RequestSpecification as(String user) {
        return given().auth().oauth2(tokens.token(user));
    }

    private void register(String id, String kind, String creditCode) {
        Map<String, Object> body = new java.util.HashMap<>(Fixtures.organization(kind, "450200"));
        body.put("id", id);
        body.put("creditCode", creditCode);
        int status = as("admin")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/organizations")
                .statusCode();
        assertEquals(true, status == 201 || status == 409, "registering " + id + " answered " + status);
    }
}
