package io.gongjian.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongjian.commons.events.CloudEvent;
import io.gongjian.outbox.EventTooLarge;
import io.gongjian.outbox.Outbox;
import io.gongjian.outbox.OutboxRelay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox of a producing service against the real broker: what commits is published once, what rolls back is
 * not, writes go on while the broker is down and reach it when it is back, a relay stopped midway loses nothing, an
 * entry the broker refuses is parked without holding back the others, and an event too large to deliver is refused
 * before its change is stored. A service's test extends this and says how to commit a change through its API.
 */
public abstract class OutboxDeliveryContract {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    private SyntheticOutbox synthetic;

    /** The topic the service publishes to. */
    protected abstract String topic();

    /** Commits one change through the service's API and returns the id of the record (the event's data.id). */
    protected abstract String commitAChange();

    /** What the event of {@link #commitAChange()} looks like: its record key, type, source and subject. */
    protected abstract void assertEnvelope(String key, JsonNode event);

    /** Where the service lists its parked events, e.g. {@code /api/v1/activities/outbox/parked}. */
    protected abstract String parkedEventsPath();

    private static String idOf(TopicReader.Event event) {
        JsonNode data = event.value().get("data");
        return data == null || data.get("id") == null ? "" : data.get("id").asText();
    }

    @BeforeEach
    void syntheticEvents() {
        synthetic = new SyntheticOutbox(outbox, entityManager, json);
    }

    @AfterEach
    void relayRunsAgain() {
        relay.start();
    }

    @Test
    void aCommittedChangeIsPublishedAsACloudEventKeyedByItsRecord() {
        try (TopicReader topic = TopicReader.fromNow(topic())) {
            String id = commitAChange();
            TopicReader.Event published = topic.awaitOne(record -> idOf(record).equals(id), Duration.ofSeconds(15));
            JsonNode event = published.value();
            assertEquals("1.0", event.get("specversion").asText());
            assertEquals("application/json", event.get("datacontenttype").asText());
            assertEquals(1, event.get("data").get("version").asInt());
            assertEnvelope(published.key(), event);
        }
    }

    @Test
    void aRolledBackChangePublishesNothing() {
        CloudEvent event = CloudEvent.of(
                "/test",
                "io.gongjian.test.Rollback.v1",
                null,
                "tests/rollback",
                OffsetDateTime.now(),
                json.createObjectNode());
        try (TopicReader topic = TopicReader.fromNow(topic())) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    outbox.append(topic(), "rollback", event);
                    throw new IllegalStateException("the business change fails after its event was written");
                });
            } catch (IllegalStateException expected) {
                // rolled back
            }
            // A committed change after it proves the relay ran in between.
            String id = commitAChange();
            List<TopicReader.Event> seen =
                    topic.awaitUntil(record -> idOf(record).equals(id), Duration.ofSeconds(15));
            assertFalse(seen.stream()
                    .anyMatch(record -> record.value().get("id").asText().equals(event.id())));
        }
        long rows = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("SELECT count(e) FROM OutboxEntry e WHERE e.eventType = :type", Long.class)
                .setParameter("type", "io.gongjian.test.Rollback.v1")
                .getSingleResult());
        assertEquals(0, rows);
    }

    @Test
    void changesAreAcceptedWhileTheBrokerIsDownAndPublishedWhenItIsBack() {
        try (TopicReader topic = TopicReader.fromNow(topic())) {
            TestInfrastructure.kafka().stopBroker();
            List<String> ids = new ArrayList<>();
            try {
                for (int i = 0; i < 5; i++) {
                    ids.add(commitAChange());
                }
            } finally {
                TestInfrastructure.kafka().startBroker();
            }
            Set<String> published =
                    topic.awaitUntil(record -> idsOf(topic).containsAll(ids), Duration.ofSeconds(60)).stream()
                            .map(OutboxDeliveryContract::idOf)
                            .collect(Collectors.toSet());
            assertTrue(published.containsAll(ids), "published " + published + ", expected " + ids);
        }
    }

    @Test
    void stoppingTheRelayMidwayLosesNothing() {
        relay.stop();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(commitAChange());
        }
        try (TopicReader topic = TopicReader.fromNow(topic())) {
            relay.start();
            relay.stop();
            relay.start();
            topic.awaitUntil(record -> idsOf(topic).containsAll(ids), Duration.ofSeconds(30));
            assertTrue(idsOf(topic).containsAll(ids));
        }
        long pending = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery(
                        "SELECT count(e) FROM OutboxEntry e WHERE e.publishedAt IS NULL AND e.parkedAt IS NULL",
                        Long.class)
                .getSingleResult());
        assertEquals(0, pending);
    }

    /**
     * The broker goes away while a round is under way and stays away longer than a send may take: what it had
     * acknowledged (what the relay marked published) is not sent again when it is back. Entries whose answer was
     * lost with the broker may arrive twice: delivery is at least once.
     */
    @Test
    void aBrokerOutageMidRoundSendsNothingTwiceThatTheBrokerAcknowledged() throws InterruptedException {
        String topic = "gongjian.test.outbox.outage-" + UUID.randomUUID();
        TestTopics.create(topic, Map.of());
        List<String> keys = IntStream.range(0, 40).mapToObj(i -> "key-" + i).toList();
        InJvmKafkaBroker kafka = TestInfrastructure.kafka();
        Set<String> acknowledged;
        try (TopicReader reader = TopicReader.fromNow(topic)) {
            relay.stop();
            // Many rounds' worth: the broker goes away in the middle of one.
            List<String> ids = synthetic.append(topic, keys, 0, 100);
            relay.start();
            reader.awaitUntil(record -> reader.seen().size() >= 50, Duration.ofSeconds(30));
            kafka.stopBroker();
            try {
                Thread.sleep(12_000); // past the relay's send timeout (10 s): in-flight sends fail
                acknowledged = synthetic.published(topic);
            } finally {
                kafka.startBroker();
            }
            assertTrue(acknowledged.size() < ids.size(), "all was published before the broker went away");
            Map<String, Long> copies = copiesOnTheTopic(topic, ids, Duration.ofSeconds(120));
            List<String> duplicated =
                    acknowledged.stream().filter(id -> copies.get(id) > 1).toList();
            assertTrue(
                    duplicated.isEmpty(),
                    duplicated.size() + " of " + acknowledged.size() + " acknowledged events published again");
        }
    }

    /**
     * An entry the topic refuses (larger than its limit) among normal ones: the others are published once each, in
     * order per key; the refused one is parked with the reason after bounded retries, the later events of its key
     * wait for that and then go; the parked one shows in the metric and the admin endpoint and goes out once the
     * limit is raised and an admin sends it again.
     */
    @Test
    void anEntryTheBrokerRefusesIsParkedWhileTheOthersArePublishedOnceEachInOrder() {
        String topic = "gongjian.test.outbox.poison-" + UUID.randomUUID();
        TestTopics.create(topic, Map.of("max.message.bytes", Integer.toString(64 * 1024)));
        List<String> keys = List.of("key-0", "key-1", "key-2", "key-3");
        try (TopicReader reader = TopicReader.fromNow(topic)) {
            relay.stop();
            List<String> before = synthetic.append(topic, keys, 0, 3);
            String poison = synthetic.insertOversized(topic, "key-0", 3, 200_000);
            List<String> after = synthetic.append(topic, keys, 4, 6);
            relay.start();
            List<String> normal = Stream.concat(before.stream(), after.stream()).toList();

            Map<String, Long> copies = copiesOnTheTopic(topic, normal, Duration.ofSeconds(90));
            List<TopicReader.Event> events = reader.readFor(Duration.ofSeconds(1));
            normal.forEach(id -> assertEquals(1L, copies.get(id), "copies of " + id));
            assertFalse(copies.containsKey(poison), "the refused entry reached the topic");
            keys.forEach(key -> assertInOrder(key, events));

            SyntheticOutbox.State parked = synthetic.state(poison);
            assertNotNull(parked.parkedAt(), "not parked");
            assertTrue(parked.lastError().contains("RecordTooLargeException"), parked.lastError());
            assertFalse(
                    synthetic.state(after.get(0)).publishedAt().isBefore(parked.parkedAt()),
                    "a later event of the refused one's key overtook it before it was parked");

            assertTheMetricShowsWhatIsParked();
            assertOnlyPlatformAdminsSeeIt(poison);

            TestTopics.configure(topic, "max.message.bytes", Integer.toString(1024 * 1024 + 12));
            given().auth()
                    .oauth2(Tokens.forUser("admin"))
                    .post(parkedEventsPath() + "/" + poison + "/retry")
                    .then()
                    .statusCode(202);
            assertEquals(
                    1L,
                    copiesOnTheTopic(topic, List.of(poison), Duration.ofSeconds(30))
                            .get(poison));
            given().auth()
                    .oauth2(Tokens.forUser("admin"))
                    .post(parkedEventsPath() + "/" + poison + "/retry")
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    /** The safety net under the domain's own limits: nothing is stored whose event could never be delivered. */
    @Test
    void aChangeWhoseEventTheBrokerWouldRefuseIsRefusedBeforeItIsStored() {
        ObjectNode data = json.createObjectNode().put("id", UUID.randomUUID().toString());
        var links = data.putArray("evidenceLinks");
        IntStream.range(0, 6_000)
                .forEach(i -> links.add("https://dangjian.example.cn/evidence/" + "x".repeat(160) + "/" + i + ".pdf"));
        CloudEvent event =
                CloudEvent.of("/test", "io.gongjian.test.Large.v1", null, "tests/large", OffsetDateTime.now(), data);

        EventTooLarge refused = assertThrows(EventTooLarge.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> outbox.append(topic(), "large", event)));

        assertEquals("evidenceLinks", refused.field());
        assertTrue(refused.getMessage().contains("tests/large"), refused.getMessage());
        long rows = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("SELECT count(e) FROM OutboxEntry e WHERE e.eventId = :id", Long.class)
                .setParameter("id", UUID.fromString(event.id()))
                .getSingleResult());
        assertEquals(0, rows);
    }

    @Test
    void theParkedEventsOperationsCarryOperationIdsOfTheirOwn() {
        JsonPath document = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .extract()
                .jsonPath();
        String prefix = parkedEventsPath().split("/")[3];
        assertEquals(
                prefix + "ListParkedEvents", document.getString("paths.'" + parkedEventsPath() + "'.get.operationId"));
        assertEquals(
                prefix + "RetryParkedEvent",
                document.getString("paths.'" + parkedEventsPath() + "/{eventId}/retry'.post.operationId"));
    }

    private void assertTheMetricShowsWhatIsParked() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertEquals(
                        (double) synthetic.countParked(), Metrics.value("gongjian_outbox_parked"), "parked"));
        String metrics = Metrics.scrape();
        for (String name : List.of(
                "gongjian_outbox_parked", "gongjian_outbox_pending", "gongjian_outbox_oldest_pending_age_seconds")) {
            assertTrue(metrics.contains("# HELP " + name + " "), name + " has no HELP text");
        }
    }

    private void assertOnlyPlatformAdminsSeeIt(String eventId) {
        JsonPath page = given().auth()
                .oauth2(Tokens.forUser("admin"))
                .get(parkedEventsPath() + "?size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> item = page.getMap("items.find { it.eventId == '" + eventId + "' }");
        assertNotNull(item, "not listed: " + page.prettify());
        assertTrue(item.get("reason").toString().contains("RecordTooLargeException"), item.toString());
        assertTrue(((Number) item.get("bytes")).longValue() > 200_000, item.toString());
        given().auth()
                .oauth2(Tokens.forUser("viewer"))
                .get(parkedEventsPath())
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().get(parkedEventsPath()).then().statusCode(401);
    }

    /**
     * Waits until the topic holds every one of {@code ids}, then counts the copies of each from the topic's start
     * (each of these tests has a topic of its own).
     */
    private Map<String, Long> copiesOnTheTopic(String topic, List<String> ids, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (TopicReader all = TopicReader.fromStart(topic)) {
            while (!eventIdsOf(all).containsAll(ids) && System.nanoTime() < deadline) {
                all.readFor(Duration.ofMillis(500));
            }
            Map<String, Long> copies = copiesByEventId(all.readFor(Duration.ofSeconds(1)));
            long missing = ids.stream().filter(id -> !copies.containsKey(id)).count();
            assertEquals(
                    0,
                    missing,
                    missing + " of " + ids.size() + " events not on the topic after " + timeout.toSeconds()
                            + " s; in the outbox: " + synthetic.summary(topic));
            return copies;
        }
    }

    /** Each key's events on the topic in the order of their sequence numbers. */
    private static void assertInOrder(String key, List<TopicReader.Event> events) {
        List<Integer> sequence = events.stream()
                .filter(event -> key.equals(event.key()))
                .map(event -> event.value().get("data").get("seq").asInt())
                .toList();
        assertEquals(sequence.stream().sorted().toList(), sequence, "order of " + key);
    }

    private static Set<String> eventIdsOf(TopicReader topic) {
        return topic.seen().stream()
                .map(event -> event.value().get("id").asText())
                .collect(Collectors.toSet());
    }

    private static Map<String, Long> copiesByEventId(List<TopicReader.Event> events) {
        return events.stream()
                .collect(Collectors.groupingBy(event -> event.value().get("id").asText(), Collectors.counting()));
    }

    private static Set<String> idsOf(TopicReader topic) {
        return topic.seen().stream().map(OutboxDeliveryContract::idOf).collect(Collectors.toSet());
    }
}
