package io.gongjian.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.evaluation.ProductionSettings;
import io.gongjian.evaluation.Published;
import io.gongjian.evaluation.Scores;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With production's SSRF guard: loopback and private targets are refused at registration and again at delivery. */
@QuarkusTest
@TestProfile(ProductionSettings.class)
class WebhookProductionProfiledTest {

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry meters;

    @Test
    void loopbackAndPrivateTargetsAreRefusedAtRegistration() {
        for (String url : List.of(
                "http://127.0.0.1:8080/hook",
                "http://localhost/hook",
                "https://10.0.0.7/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://[::1]/hook")) {
            WebhookTest.register("admin", Map.of("url", url, "eventTypes", List.of("score.changed")))
                    .then()
                    .statusCode(422)
                    .body("field", equalTo("url"))
                    .body("detail", containsString("private, loopback or link-local"));
        }
        WebhookTest.register(
                        "admin",
                        Map.of("url", "https://no-such-host.invalid/hook", "eventTypes", List.of("score.changed")))
                .then()
                .statusCode(422)
                .body("field", equalTo("url"))
                .body("detail", containsString("cannot be resolved"));
    }

    /** A name that resolved to a public address at registration and to loopback now (DNS rebinding): not sent. */
    @Test
    void aTargetThatResolvesToLoopbackAtDeliveryIsNotSent() throws Exception {
        long refusedBefore = WebhookTest.attempts(meters, "refused");
        try (WebhookReceiver receiver = WebhookReceiver.accepting()) {
            String region = "450311";
            UUID id = UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("INSERT INTO webhook_endpoint (id, url, event_types, region_filter,"
                            + " secret, enabled, created_by, created_at, version) VALUES (:id, :url,"
                            + " 'score.changed', :region, 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', TRUE,"
                            + " 'admin', now(), 1)")
                    .setParameter("id", id)
                    .setParameter("url", receiver.url())
                    .setParameter("region", region)
                    .executeUpdate());
            Published.partnership(region);
            WebhookTest.awaitTrue(() -> !WebhookTest.deliveryLog("admin", id.toString())
                    .getList("attempts.flatten()")
                    .isEmpty());
            JsonPath log = WebhookTest.deliveryLog("admin", id.toString());
            assertTrue(log.getString("[0].attempts[0].error").contains("127.0.0.1"), log.prettify());
            assertEquals("PENDING", log.getString("[0].state"), "retried later, in case the name moves back");
            assertEquals(0, receiver.requests(), "nothing reached the loopback receiver");
            assertTrue(WebhookTest.attempts(meters, "refused") > refusedBefore, "the refused attempt is counted");
            given().auth()
                    .oauth2(Scores.token("admin"))
                    .get("/api/v1/evaluation/webhooks/" + id)
                    .then()
                    .statusCode(200)
                    .body("consecutiveFailures", greaterThanOrEqualTo(1));
        }
    }
}
