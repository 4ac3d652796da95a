package io.gongjian.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.gongjian.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Through the gateway, across the three contexts and the real broker: records logged in the activity service
 * move the partnership's score in the evaluation service, and a bureau officer's assessment moves it at once.
 */
class ScoreThroughGatewayIT {

    @Test
    void loggedRecordsAndAnAssessmentMoveThePartnershipsScore() {
        String admin = Tokens.forUser(Platform.keycloakUrl(), "admin");
        String bureau = Tokens.forUser(Platform.keycloakUrl(), "gx-bureau");
        String partnership = Journeys.activePartnership(admin);
        String score = Platform.gatewayUrl() + "/api/v1/evaluation/partnerships/" + partnership + "/score";
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(bureau).get(score).statusCode() == 200);
        given().auth()
                .oauth2(bureau)
                .get(score)
                .then()
                .body("indicators.find { it.code == 'ORG_ACTIVITY_FREQUENCY' }.raw", equalTo(0.0f));

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Map<String, Object> activity = Map.of(
                "partnershipId",
                partnership,
                "type",
                "JOINT_STUDY",
                "mode",
                "IDEOLOGY",
                "title",
                "联合主题党日",
                "occurredOn",
                today,
                "organisingSide",
                "JOINT",
                "universityPartyMembers",
                6,
                "enterprisePartyMembers",
                3,
                "attendance",
                20);
        String activityId = Journeys.logOnceKnown(admin, "/api/v1/activities", activity);

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> given().auth()
                                .oauth2(bureau)
                                .get(score)
                                .jsonPath()
                                .getFloat("indicators.find { it.code == 'ORG_ACTIVITY_FREQUENCY' }.raw")
                        == 1.0f);
        given().auth()
                .oauth2(bureau)
                .get(score)
                .then()
                .body("indicators.find { it.code == 'ORG_ACTIVITY_FREQUENCY' }.recordIds", hasItem(activityId));

        float before = given().auth().oauth2(bureau).get(score).jsonPath().getFloat("composite");
        given().auth()
                .oauth2(bureau)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "partnershipId", partnership, "kind", "ORG_CONSTRUCTION", "score", 95, "assessedOn", today))
                .post(Platform.gatewayUrl() + "/api/v1/evaluation/assessments")
                .then()
                .statusCode(201);
        JsonPath after = given().auth().oauth2(bureau).get(score).jsonPath();
        if (!(after.getFloat("composite") > before)) {
            throw new AssertionError(
                    "the assessment did not raise the composite: " + before + " → " + after.prettify());
        }
        given().auth()
                .oauth2(bureau)
                .queryParam("region", "4502")
                .get(Platform.gatewayUrl() + "/api/v1/evaluation/rankings")
                .then()
                .statusCode(200)
                .body("items.partnershipId", hasItem(partnership));
    }
}
