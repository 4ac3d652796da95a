package io.gongjian.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.Published;
import io.gongjian.evaluation.Scores;
import io.gongjian.evaluation.application.WebhookDeliveries;
import io.gongjian.evaluation.application.WebhookFanOut;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end: registered through the API, fed by the real read model (events on the real broker), delivered
 * by the scheduled dispatcher to a real HTTP receiver on this machine (the test configuration allows loopback
 * targets; {@link WebhookProductionProfiledTest} runs with the production guard).
 */
@QuarkusTest
class WebhookTest {

    private static final String PATH = "/api/v1/evaluation/webhooks";
    private static final Duration SOON = Duration.ofSeconds(30);

    @Inject
    Scheduler scheduler;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    WebhookFanOut fanOut;

    @Inject
    BusinessCalendar calendar;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry meters;

    @Test
    void registrationIsScopedValidatedAndVersioned() throws Exception {
        Response created = register(
                "gx-bureau",
                Map.of(
                        "url",
                        "https://hooks.example.org/gongjian",
                        "eventTypes",
                        List.of("score.changed"),
                        "regionFilter",
                        "4503",
                        "description",
                        "Guangxi dashboard"));
        created.then()
                .statusCode(201)
                .header("ETag", "\"1\"")
                .body("secret", startsWith("whsec_"))
                .body("ownerRegion", equalTo("45"))
                .body("enabled", equalTo(true));
        String id = created.path("id");

        // Scope: the bureau sees its own, another region's bureau nothing of it, an organisation admin nothing at all.
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .get(PATH + "/" + id)
                .then()
                .statusCode(200)
                .body("secret", equalTo(null))
                .body("version", equalTo(1));
        given().auth()
                .oauth2(Scores.token("sz-bureau"))
                .get(PATH + "/" + id)
                .then()
                .statusCode(404);
        assertTrue(!given().auth()
                .oauth2(Scores.token("sz-bureau"))
                .get(PATH + "?size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id")
                .contains(id));
        given().auth().oauth2(Scores.token("admin")).get(PATH + "/" + id).then().statusCode(200);
        register("lzzy-admin", Map.of("url", "https://hooks.example.org/x", "eventTypes", List.of("score.changed")))
                .then()
                .statusCode(403);

        // Validation: 422 naming the field, in the caller's language.
        refused(
                "gx-bureau",
                Map.of(
                        "url",
                        "https://hooks.example.org/x",
                        "eventTypes",
                        List.of("score.changed"),
                        "regionFilter",
                        "4403"),
                "regionFilter");
        refused("gx-bureau", Map.of("url", "ftp://hooks.example.org/x", "eventTypes", List.of("score.changed")), "url");
        refused(
                "gx-bureau",
                Map.of("url", "https://hooks.example.org/x", "eventTypes", List.of("score.moved")),
                "eventTypes");
        refused("gx-bureau", Map.of("url", "https://hooks.example.org/x", "eventTypes", List.of()), "eventTypes");
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .header("Accept-Language", "zh")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "url",
                        "https://hooks.example.org/x",
                        "eventTypes",
                        List.of("score.changed"),
                        "regionFilter",
                        "44"))
                .post(PATH)
                .then()
                .statusCode(422)
                .body("field", equalTo("regionFilter"))
                .body("detail", startsWith("地区筛选"));

        // Changes name the version they are based on; N at once on one version: one wins, the rest 412.
        Map<String, Object> change = Map.of(
                "url",
                "https://hooks.example.org/v2",
                "eventTypes",
                List.of("score.changed", "grade.changed"),
                "regionFilter",
                "4503");
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(change)
                .put(PATH + "/" + id)
                .then()
                .statusCode(428);
        List<Integer> statuses = together(8, () -> given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(change)
                .put(PATH + "/" + id)
                .statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .get(PATH + "/" + id)
                .then()
                .header("ETag", "\"2\"")
                .body("eventTypes", equalTo(List.of("score.changed", "grade.changed")));

        // Registration retried with one Idempotency-Key, all at once: one endpoint.
        String key = UUID.randomUUID().toString();
        String description = "retried " + key;
        List<Integer> registered = together(6, () -> given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of(
                        "url",
                        "https://hooks.example.org/r",
                        "eventTypes",
                        List.of("grade.changed"),
                        "description",
                        description))
                .post(PATH)
                .statusCode());
        assertTrue(registered.stream().allMatch(s -> s == 201 || s == 409), registered.toString());
        List<String> descriptions = given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .get(PATH + "?size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.description");
        assertEquals(1, descriptions.stream().filter(description::equals).count());

        // Removal too.
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .header("If-Match", "\"1\"")
                .delete(PATH + "/" + id)
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .header("If-Match", "\"2\"")
                .delete(PATH + "/" + id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .get(PATH + "/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void aReceiverThatFailsThreeTimesGetsTheSignedDeliveryOnTheFourth() throws Exception {
        long failedBefore = attempts(meters, "failed");
        long deliveredBefore = attempts(meters, "delivered");
        try (WebhookReceiver receiver = new WebhookReceiver(n -> n <= 3 ? 500 : 204)) {
            String region = "450301";
            JsonPath endpoint = registered(
                    "admin", receiver.url(), region, "score.changed", "grade.changed", "partnership.status-changed");
            UUID partnership = Published.partnership(region);

            WebhookReceiver.Received status = receiver.await(
                    WebhookReceiver.of("partnership.status-changed", Map.of("partnershipId", partnership)), SOON);
            assertEquals("ACTIVE", status.json().getString("data.status"));
            assertTrue(verifies(endpoint.getString("secret"), status), "the signature verifies: " + status);
            long sent = Long.parseLong(status.timestamp());
            assertTrue(Math.abs(sent - System.currentTimeMillis() / 1000) < 60, "timestamp in seconds: " + sent);

            JsonPath log = deliveryLog("admin", endpoint.getString("id"));
            Map<String, Object> delivery = log.getMap("find { it.id == '" + status.id() + "' }");
            assertEquals("DELIVERED", delivery.get("state"));
            assertEquals(
                    List.of(500, 500, 500, 204),
                    log.getList("find { it.id == '" + status.id() + "' }.attempts.httpStatus"));
            assertEquals(List.of(1, 2, 3, 4), log.getList("find { it.id == '" + status.id() + "' }.attempts.attempt"));
            assertTrue(attempts(meters, "failed") >= failedBefore + 3, "the failed attempts are counted");
            assertTrue(attempts(meters, "delivered") > deliveredBefore, "the delivery is counted");
            assertEquals("HTTP 500", log.getString("find { it.id == '" + status.id() + "' }.attempts[0].error"));
            assertEquals(status.body(), delivery.get("payload"));

            // Sent again on request: the same delivery (webhook-id), the same body, a fifth attempt.
            given().auth()
                    .oauth2(Scores.token("admin"))
                    .post(PATH + "/" + endpoint.getString("id") + "/deliveries/" + status.id() + "/redeliver")
                    .then()
                    .statusCode(202);
            awaitTrue(() -> receiver.received().stream()
                            .filter(r -> r.id().equals(status.id()))
                            .count()
                    == 2);
            given().auth()
                    .oauth2(Scores.token("sz-bureau"))
                    .post(PATH + "/" + endpoint.getString("id") + "/deliveries/" + status.id() + "/redeliver")
                    .then()
                    .statusCode(404);
        }
    }

    @Test
    void aRotatedSecretSignsBesideTheNewOneDuringTheGracePeriod() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.accepting()) {
            String region = "450302";
            JsonPath endpoint = registered("gx-bureau", receiver.url(), region, "score.changed");
            String id = endpoint.getString("id");
            given().auth()
                    .oauth2(Scores.token("gx-bureau"))
                    .post(PATH + "/" + id + "/rotate-secret")
                    .then()
                    .statusCode(428);
            JsonPath rotated = given().auth()
                    .oauth2(Scores.token("gx-bureau"))
                    .header("If-Match", "\"1\"")
                    .post(PATH + "/" + id + "/rotate-secret")
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"2\"")
                    .extract()
                    .jsonPath();
            assertNotNull(rotated.getString("previousSecretValidUntil"));
            UUID partnership = Published.partnership(region);
            WebhookReceiver.Received received =
                    receiver.await(WebhookReceiver.of("score.changed", Map.of("partnershipId", partnership)), SOON);
            assertEquals(2, received.signature().split(" ").length, received.signature());
            assertTrue(verifies(rotated.getString("secret"), received), "the new secret verifies");
            assertTrue(verifies(endpoint.getString("secret"), received), "the old secret verifies");
        }
    }

    @Test
    void aDispatcherThatDiesMidRetryLosesNoDelivery() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(n -> n == 1 ? 503 : 204)) {
            String region = "450303";
            String id = registered("admin", receiver.url(), region, "partnership.status-changed")
                    .getString("id");
            UUID partnership = Published.partnership(region);
            awaitTrue(
                    () -> deliveryLog("admin", id).getList("attempts.flatten()").size() == 1);
            scheduler.pause("webhook-dispatch");
            try {
                // A dispatcher claims the retry and dies before it sends: it never reports.
                List<WebhookDeliveries.Claimed> claimed = new ArrayList<>();
                awaitTrue(() -> {
                    claimed.addAll(QuarkusTransaction.requiringNew()
                            .call(() -> deliveries.claim(100, Duration.ofSeconds(2), OffsetDateTime.now())));
                    return claimed.stream()
                            .anyMatch(c -> c.endpointId().toString().equals(id));
                });
                assertEquals("PENDING", deliveryLog("admin", id).getString("[0].state"), "the row stays queued");
            } finally {
                scheduler.resume("webhook-dispatch");
            }
            // The dispatcher that runs now takes it once the dead one's lease ran out.
            receiver.await(
                    WebhookReceiver.of("partnership.status-changed", Map.of("partnershipId", partnership)), SOON);
            JsonPath log = deliveryLog("admin", id);
            assertEquals("DELIVERED", log.getString("[0].state"));
            assertEquals(List.of(503, 204), log.getList("[0].attempts.httpStatus"));
        }
    }

    @Test
    void sustainedFailureDisablesTheEndpointWithTheReasonShown() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(n -> 500)) {
            String region = "450304";
            String id =
                    registered("admin", receiver.url(), region, "score.changed").getString("id");
            // As if every attempt had failed for two days already.
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("UPDATE webhook_endpoint SET consecutive_failures = 20,"
                            + " failing_since = now() - interval '49 hours' WHERE id = :id")
                    .setParameter("id", UUID.fromString(id))
                    .executeUpdate());
            Published.partnership(region);
            awaitTrue(() -> !given().auth()
                    .oauth2(Scores.token("admin"))
                    .get(PATH + "/" + id)
                    .jsonPath()
                    .getBoolean("enabled"));
            JsonPath disabled = given().auth()
                    .oauth2(Scores.token("admin"))
                    .get(PATH + "/" + id)
                    .then()
                    .header("ETag", "\"2\"")
                    .extract()
                    .jsonPath();
            assertEquals("SUSTAINED_FAILURE", disabled.getString("disabledReason"));
            assertTrue(disabled.getString("disabledDetail").contains("HTTP 500"), disabled.prettify());
            int requests = receiver.requests();
            Thread.sleep(1500);
            assertEquals(requests, receiver.requests(), "a disabled endpoint receives nothing");
            // Turned on again: a fresh start.
            given().auth()
                    .oauth2(Scores.token("admin"))
                    .contentType(ContentType.JSON)
                    .header("If-Match", "\"2\"")
                    .body(Map.of(
                            "url",
                            receiver.url(),
                            "regionFilter",
                            region,
                            "eventTypes",
                            List.of("score.changed"),
                            "enabled",
                            true))
                    .put(PATH + "/" + id)
                    .then()
                    .statusCode(200)
                    .body("enabled", equalTo(true))
                    .body("disabledReason", equalTo(null))
                    .body("consecutiveFailures", equalTo(0));
        }
    }

    @Test
    void anOverdueRectificationIsAnnouncedOnceWhicheverReplicasScan() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.accepting()) {
            String region = "450305";
            registered("gx-bureau", receiver.url(), region, "rectification.overdue");
            UUID partnership = Published.partnership(region);
            Scores.await(partnership, s -> true);
            LocalDate today = calendar.today();
            String overdue = rectification(partnership, today.minusDays(10), today.minusDays(1));
            rectification(partnership, today.minusDays(10), today.plusDays(5));
            String completed = rectification(partnership, today.minusDays(10), today.minusDays(2));
            given().auth()
                    .oauth2(Scores.token("gx-bureau"))
                    .contentType(ContentType.JSON)
                    .body(Map.of("completedOn", today.minusDays(1).toString(), "note", "fixed"))
                    .post("/api/v1/evaluation/rectifications/" + completed + "/complete")
                    .then()
                    .statusCode(200);

            List<Integer> queued = together(4, () -> fanOut.announceOverdueRectifications(today));
            assertEquals(1, queued.stream().mapToInt(Integer::intValue).sum(), queued.toString());
            assertEquals(0, fanOut.announceOverdueRectifications(today), "announced already; the others are not due");

            WebhookReceiver.Received received = receiver.await(
                    WebhookReceiver.of("rectification.overdue", Map.of("rectificationId", overdue)), SOON);
            assertEquals(today.minusDays(1).toString(), received.json().getString("data.dueOn"));
            assertEquals(partnership.toString(), received.json().getString("data.partnershipId"));
            Thread.sleep(1000);
            assertEquals(1, receiver.received().size(), "once: " + receiver.received());
        }
    }

    private String rectification(UUID partnership, LocalDate raisedOn, LocalDate dueOn) {
        return given().auth()
                .oauth2(Scores.token("gx-bureau"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "partnershipId",
                        partnership,
                        "issue",
                        "minutes missing",
                        "raisedOn",
                        raisedOn.toString(),
                        "dueOn",
                        dueOn.toString()))
                .post("/api/v1/evaluation/rectifications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Checks the signature as a receiver would, with the published algorithm (not the service's signer). */
    static boolean verifies(String secret, WebhookReceiver.Received received) throws Exception {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String signed = received.id() + "." + received.timestamp() + "." + received.body();
        String expected =
                "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        return Arrays.asList(received.signature().split(" ")).contains(expected);
    }

    /** Registers a receiver for the events of one region; answers the 201's body. */
    static JsonPath registered(String user, String url, String region, String... eventTypes) {
        return register(user, Map.of("url", url, "regionFilter", region, "eventTypes", List.of(eventTypes)))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    static Response register(String user, Map<String, Object> body) {
        return given().auth()
                .oauth2(Scores.token(user))
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH);
    }

    private static void refused(String user, Map<String, Object> body, String field) {
        register(user, body)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("field", equalTo(field));
    }

    static JsonPath deliveryLog(String user, String endpoint) {
        return given().auth()
                .oauth2(Scores.token(user))
                .get(PATH + "/" + endpoint + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static void awaitTrue(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + SOON.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + SOON);
            }
            Thread.sleep(50);
        }
    }

    /** Runs {@code n} copies of the call at the same moment (a barrier), answering their results. */
    static <T> List<T> together(int n, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CyclicBarrier barrier = new CyclicBarrier(n);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    barrier.await();
                    return call.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Webhook delivery attempts with this outcome so far ({@code gongjian_webhook_deliveries_seconds_count}). */
    static long attempts(MeterRegistry meters, String outcome) {
        var timer = meters.find("gongjian.webhook.deliveries")
                .tag("outcome", outcome)
                .timer();
        return timer == null ? 0 : timer.count(); // registered when the dispatcher first runs
    }
}
