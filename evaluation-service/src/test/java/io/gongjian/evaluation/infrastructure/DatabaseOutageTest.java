package io.gongjian.evaluation.infrastructure;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.Published;
import io.gongjian.evaluation.Scores;
import io.gongjian.testing.Metrics;
import io.gongjian.testing.StoppablePostgres;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stops while events arrive: the consumers retry instead of stopping (their metric says how long; the
 * service is unready once they have retried longer than {@code gongjian.consumer.unready-after}; liveness stays UP,
 * a restart would not help), and once PostgreSQL is back every event published meanwhile is in the scores, counted
 * once. Runs against a PostgreSQL of its own, which it stops and starts again.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
@WithTestResource(
        value = StoppablePostgres.class,
        initArgs = @ResourceArg(name = "database", value = "evaluation"),
        scope = TestResourceScope.RESTRICTED_TO_CLASS)
class DatabaseOutageTest {

    public static class OwnDatabase extends StoppablePostgres.Profile {
        public OwnDatabase() {
            super("evaluation");
        }

        @Override
        protected Map<String, String> overrides() {
            return Map.of("gongjian.consumer.unready-after", "3s");
        }
    }

    private static final String RETRYING = "gongjian_consumer_retrying_seconds";
    private static final int PUBLISHED_DURING_OUTAGE = 40;

    StoppablePostgres postgres;

    @Inject
    BusinessCalendar calendar;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void eventsPublishedWhilePostgresIsDownAreAllInTheScoresOnceItIsBack() {
        assertEquals(StoppablePostgres.url("evaluation"), jdbcUrl, "the service must use this test's own PostgreSQL");
        UUID partnership = Published.partnership("450200");
        Published.activity(UUID.randomUUID(), partnership, 1, false, calendar.today(), 6, 3);
        Scores.await(partnership, score -> frequency(score).compareTo(BigDecimal.ONE) == 0);

        postgres.stop();
        for (int i = 0; i < PUBLISHED_DURING_OUTAGE; i++) {
            Published.activity(UUID.randomUUID(), partnership, 1, false, calendar.today(), 6, 3);
        }
        UUID newcomer = Published.partnership("450200");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> Metrics.value(RETRYING, "channel", "activity-events") > 4
                        && Metrics.value(RETRYING, "channel", "partnership-events") > 4);
        given().get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'event consumers' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'event consumers' }.data.activity-events", startsWith("retrying for"));
        given().get("/q/health/live").then().statusCode(200);

        postgres.startAgain();
        long restarted = System.nanoTime();
        Scores.await(
                partnership, score -> frequency(score).compareTo(BigDecimal.valueOf(PUBLISHED_DURING_OUTAGE + 1)) == 0);
        Scores.await(newcomer, score -> true);
        System.out.printf(
                "All %d events published during the outage were scored %d ms after PostgreSQL restarted%n",
                PUBLISHED_DURING_OUTAGE + 3, (System.nanoTime() - restarted) / 1_000_000);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
        assertEquals(0, Metrics.value(RETRYING, "channel", "activity-events"));
        assertEquals(0, Metrics.value(RETRYING, "channel", "partnership-events"));
    }

    private static BigDecimal frequency(JsonPath score) {
        BigDecimal raw = Scores.raw(score, "ORG_ACTIVITY_FREQUENCY");
        return raw == null ? BigDecimal.ZERO : raw;
    }
}
