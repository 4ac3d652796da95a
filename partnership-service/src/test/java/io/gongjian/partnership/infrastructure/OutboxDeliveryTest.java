package io.gongjian.partnership.infrastructure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongjian.events.Topics;
import io.gongjian.testing.OutboxDeliveryContract;
import io.gongjian.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;

/** Changes are made with a real token: test-security annotations do not reach the inherited test methods. */
@QuarkusTest
class OutboxDeliveryTest extends OutboxDeliveryContract {

    @Override
    protected String topic() {
        return Topics.PARTNERSHIP;
    }

    @Override
    protected String parkedEventsPath() {
        return "/api/v1/partnerships/outbox/parked";
    }

    /** Registers an organisation; its events are keyed by its id. */
    @Override
    protected String commitAChange() {
        Map<String, Object> body = Map.of(
                "name", "出盒测试党委",
                "kind", "UNIVERSITY",
                "level", "COMMITTEE",
                "institution", "测试学院",
                "creditCode", "12450200498600571A",
                "regionCode", "450200");
        return given().auth()
                .oauth2(Tokens.forUser("admin"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Override
    protected void assertEnvelope(String key, JsonNode event) {
        assertEquals(
                "io.gongjian.partnership.OrganizationChanged.v1",
                event.get("type").asText());
        assertEquals("/gongjian/partnership-service", event.get("source").asText());
        assertEquals("organizations/" + key, event.get("subject").asText());
        assertEquals(key, event.get("data").get("id").asText());
        assertEquals("UNIVERSITY", event.get("data").get("kind").asText());
    }
}
