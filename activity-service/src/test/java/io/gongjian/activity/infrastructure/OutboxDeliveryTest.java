package io.gongjian.activity.infrastructure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongjian.activity.application.PartnershipViews;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.events.Topics;
import io.gongjian.testing.OutboxDeliveryContract;
import io.gongjian.testing.TestEvents;
import io.gongjian.testing.Tokens;
import io.gongjian.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Changes are made with a real token: test-security annotations do not reach the inherited test methods. */
@QuarkusTest
class OutboxDeliveryTest extends OutboxDeliveryContract {

    @Inject
    PartnershipViews views;

    @Inject
    BusinessCalendar calendar;

    private UUID partnership;

    @Override
    protected String topic() {
        return Topics.ACTIVITY;
    }

    @Override
    protected String parkedEventsPath() {
        return "/api/v1/activities/outbox/parked";
    }

    /** Before any test stops the broker: the partnership must be known to log records for it. */
    @BeforeEach
    void anActivePartnership() {
        if (partnership == null) {
            partnership = UUID.randomUUID();
            TestEvents.publish(
                    TestEvents.partnership(partnership, 1, "ACTIVE", "450200", UUID.randomUUID(), UUID.randomUUID()));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                    .call(() -> views.find(partnership).isPresent()));
        }
    }

    /** Logs an exchange; activity events are keyed by partnership id. */
    @Override
    protected String commitAChange() {
        return given().auth()
                .oauth2(Tokens.forUser("admin"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "partnershipId",
                        partnership,
                        "type",
                        "INTERNSHIP",
                        "direction",
                        "UNIVERSITY_TO_ENTERPRISE",
                        "occurredOn",
                        calendar.today().toString(),
                        "headcount",
                        3))
                .post("/api/v1/exchanges")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Override
    protected void assertEnvelope(String key, JsonNode event) {
        assertEquals(partnership.toString(), key);
        assertEquals(
                "io.gongjian.activity.ExchangeChanged.v1", event.get("type").asText());
        assertEquals("/gongjian/activity-service", event.get("source").asText());
        assertEquals(
                "exchanges/" + event.get("data").get("id").asText(),
                event.get("subject").asText());
        assertFalse(event.get("data").get("revoked").asBoolean());
        assertEquals(3, event.get("data").get("headcount").asInt());
    }

    /** An activity whose event would be refused by the broker is refused with 422 and not stored (issue 11). */
    @Test
    void anActivityTooLargeToPublishIsRefusedNamingTheField() {
        List<String> links = IntStream.range(0, 6_000)
                .mapToObj(i -> "https://dangjian.example.cn/minutes/" + "x".repeat(160) + "/" + i + ".pdf")
                .toList();
        Map<String, Object> body = new HashMap<>();
        body.put("partnershipId", partnership);
        body.put("type", "JOINT_STUDY");
        body.put("mode", "IDEOLOGY");
        body.put("title", "证据过多的联学活动");
        body.put("occurredOn", calendar.today().toString());
        body.put("organisingSide", "JOINT");
        body.put("universityPartyMembers", 3);
        body.put("enterprisePartyMembers", 3);
        body.put("attendance", 6);
        body.put("evidenceLinks", links);
        given().auth()
                .oauth2(Tokens.forUser("admin"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/activities")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("field", startsWith("evidenceLinks"));
        given().auth()
                .oauth2(Tokens.forUser("admin"))
                .queryParam("partnership", partnership.toString())
                .get("/api/v1/activities")
                .then()
                .statusCode(200)
                .body("items.title", not(hasItem("证据过多的联学活动")));
    }

    @Test
    void aRevocationIsPublishedWithTheRecordMarkedRevoked() {
        try (TopicReader topic = TopicReader.fromNow(Topics.ACTIVITY)) {
            String id = commitAChange();
            given().auth()
                    .oauth2(Tokens.forUser("admin"))
                    .queryParam("reason", "entered twice")
                    .delete("/api/v1/exchanges/" + id)
                    .then()
                    .statusCode(200);
            JsonNode revoked = topic.awaitOne(
                            record -> record.value()
                                            .get("data")
                                            .get("id")
                                            .asText()
                                            .equals(id)
                                    && record.value().get("data").get("revoked").asBoolean(),
                            Duration.ofSeconds(15))
                    .value()
                    .get("data");
            assertEquals(2, revoked.get("version").asInt());
            assertEquals("entered twice", revoked.get("revocationReason").asText());
            assertEquals(3, revoked.get("headcount").asInt());
        }
    }
}
