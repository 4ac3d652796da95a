package io.gongjian.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.gongjian.testing.Tokens;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Through the gateway: a joint facility is logged in the activity service, an internship takes place there, the
 * facility tells it, and a bureau officer of another region does not even learn the facility exists (issue 18).
 */
class FacilityThroughGatewayIT {

    @Test
    void aFacilityIsLoggedAndAnInternshipTakesPlaceThere() {
        String admin = Tokens.forUser(Platform.keycloakUrl(), "admin");
        String partnership = Journeys.activePartnership(admin);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Map<String, Object> room = Map.of(
                "partnershipId",
                partnership,
                "kind",
                "TRAINING_ROOM",
                "name",
                "人工智能实训室",
                "mode",
                "TALENT",
                "hostSide",
                "UNIVERSITY",
                "openedOn",
                today,
                "equipmentValue",
                420);
        String facility = Journeys.logOnceKnown(admin, "/api/v1/facilities", room);
        String one = Platform.gatewayUrl() + "/api/v1/facilities/" + facility;
        given().auth()
                .oauth2(admin)
                .get(one)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("人工智能实训室"));

        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "partnershipId",
                        partnership,
                        "type",
                        "INTERNSHIP",
                        "direction",
                        "UNIVERSITY_TO_ENTERPRISE",
                        "occurredOn",
                        today,
                        "headcount",
                        30,
                        "facilityId",
                        facility))
                .post(Platform.gatewayUrl() + "/api/v1/exchanges")
                .then()
                .statusCode(201)
                .header("Location", startsWith(Platform.gatewayUrl()))
                .body("facilityId", equalTo(facility));
        given().auth()
                .oauth2(admin)
                .get(one + "/usage")
                .then()
                .statusCode(200)
                .body("exchanges", equalTo(1))
                .body("lastUsedOn", equalTo(today));

        given().auth()
                .oauth2(Tokens.forUser(Platform.keycloakUrl(), "sz-bureau"))
                .get(one)
                .then()
                .statusCode(404);
    }
}
