package io.gongjian.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.gongjian.testing.Tokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Through the gateway, across two services and the real broker: a partnership activated in the partnership
 * service becomes loggable in the activity service (outbox → Kafka → inbox → read model), stays so across a
 * restart of the activity service, and a suspension stops new records the same way.
 */
class PartnershipToActivityIT {

    @Test
    void anActivatedPartnershipCanBeLoggedForAndASuspendedOneCannot() {
        String admin = Tokens.forUser(Platform.keycloakUrl(), "admin");
        String partnership = Journeys.activePartnership(admin);

        Map<String, Object> exchange = Map.of(
                "partnershipId",
                partnership,
                "type",
                "INTERNSHIP",
                "direction",
                "UNIVERSITY_TO_ENTERPRISE",
                "occurredOn",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                "headcount",
                12);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth()
                                .oauth2(admin)
                                .contentType(ContentType.JSON)
                                .body(exchange)
                                .post(Platform.gatewayUrl() + "/api/v1/exchanges")
                                .statusCode()
                        == 201);

        // The read model is durable: restarted, the service knows the partnership at once, without new events.
        Platform.get().restart("activity-service");
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(exchange)
                .post(Platform.gatewayUrl() + "/api/v1/exchanges")
                .then()
                .statusCode(201);

        given().auth()
                .oauth2(admin)
                .post(Platform.gatewayUrl() + "/api/v1/partnerships/" + partnership + "/suspend")
                .then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth()
                                .oauth2(admin)
                                .contentType(ContentType.JSON)
                                .body(exchange)
                                .post(Platform.gatewayUrl() + "/api/v1/exchanges")
                                .statusCode()
                        == 409);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(exchange)
                .post(Platform.gatewayUrl() + "/api/v1/exchanges")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("partnershipStatus", equalTo("SUSPENDED"));
    }
}
