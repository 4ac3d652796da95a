package io.gongjian.activity.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.activity.application.PartnershipViews;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.testing.Metrics;
import io.gongjian.testing.StoppablePostgres;
import io.gongjian.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stops while the service runs: reads and writes are answered 503 with Retry-After (not a 500 after
 * seconds), readiness says DOWN, the partnership events consumer retries (its metric says so; liveness stays UP),
 * and once PostgreSQL is back the service serves again by itself and has applied every event, with nothing lost.
 * Runs against a PostgreSQL of its own (same binaries, same data directory across the restart), so that stopping
 * it disturbs no other test; its own profile gives it its own application start.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
@WithTestResource(
        value = StoppablePostgres.class,
        initArgs = @ResourceArg(name = "database", value = "activity"),
        scope = TestResourceScope.RESTRICTED_TO_CLASS)
@TestSecurity(user = "admin", roles = "platform-admin")
class DatabaseOutageTest {

    public static class OwnDatabase extends StoppablePostgres.Profile {
        public OwnDatabase() {
            super("activity");
        }
    }

    private static final String RETRYING = "gongjian_consumer_retrying_seconds";
    private final UUID university = UUID.randomUUID();
    private final UUID enterprise = UUID.randomUUID();

    StoppablePostgres postgres;

    @Inject
    PartnershipViews views;

    @Inject
    BusinessCalendar calendar;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    Map<String, Object> activity(UUID partnership) {
        return Map.of(
                "partnershipId",
                partnership,
                "type",
                "JOINT_STUDY",
                "mode",
                "IDEOLOGY",
                "title",
                "停电演练",
                "occurredOn",
                calendar.today().minusDays(1).toString(),
                "organisingSide",
                "JOINT",
                "universityPartyMembers",
                5,
                "enterprisePartyMembers",
                5,
                "attendance",
                12);
    }

    Response log(UUID partnership) {
        return given().contentType(ContentType.JSON)
                .body(activity(partnership))
                .post("/api/v1/activities")
                .then()
                .extract()
                .response();
    }

    static void unavailable(Response response, long startedNanos) {
        long tookMillis = (System.nanoTime() - startedNanos) / 1_000_000;
        response.then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("detail", containsString("database"));
        assertTrue(tookMillis < 6_000, "503 after " + tookMillis + " ms");
        System.out.printf("503 while PostgreSQL was down after %d ms%n", tookMillis);
    }

    @Test
    void answers503WithRetryAfterWhilePostgresIsDownAndRecoversWithNothingLost() {
        assertEquals(StoppablePostgres.url("activity"), jdbcUrl, "the service must use this test's own PostgreSQL");
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        String before = log(partnership).then().statusCode(201).extract().path("id");

        postgres.stop();
        long started = System.nanoTime();
        unavailable(log(partnership), started);
        started = System.nanoTime();
        unavailable(given().get("/api/v1/activities/" + before).then().extract().response(), started);
        started = System.nanoTime();
        unavailable(
                given().queryParam("partnership", partnership.toString())
                        .get("/api/v1/activities")
                        .then()
                        .extract()
                        .response(),
                started);
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));

        // Partnership events arriving meanwhile wait, in order, until the database is back: the consumer retries.
        UUID changed = UUID.randomUUID();
        for (int version = 1; version <= 3; version++) {
            TestEvents.publish(TestEvents.partnership(
                    changed, version, version == 3 ? "SUSPENDED" : "ACTIVE", "450200", university, enterprise));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Metrics.value(RETRYING, "channel", "partnership-events") > 0);
        given().get("/q/health/live").then().statusCode(200);

        postgres.startAgain();
        long restarted = System.nanoTime();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> log(partnership).statusCode() == 201);
        System.out.printf(
                "Writes succeeded again %d ms after PostgreSQL restarted%n",
                (System.nanoTime() - restarted) / 1_000_000);
        given().get("/api/v1/activities/" + before).then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().queryParam("partnership", partnership.toString())
                .get("/api/v1/activities")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> views.find(changed))
                .filter(view -> view.version() == 3 && view.status().equals("SUSPENDED"))
                .isPresent());
        assertEquals(0, Metrics.value(RETRYING, "channel", "partnership-events"));
    }
}
