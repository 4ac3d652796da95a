package io.gongjian.activity.infrastructure;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.activity.application.PartnershipViews;
import io.gongjian.activity.domain.PartnershipView;
import io.gongjian.commons.events.CloudEvent;
import io.gongjian.events.EventTypes;
import io.gongjian.events.PartnershipChanged;
import io.gongjian.events.Topics;
import io.gongjian.testing.TestEvents;
import io.gongjian.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The partnership read model, fed through the real broker: idempotent, order-tolerant, never stuck on poison. */
@QuarkusTest
class PartnershipEventsConsumerTest {

    @Inject
    PartnershipViews views;

    @Inject
    EntityManager entityManager;

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        UUID id = UUID.randomUUID();
        CloudEvent event = TestEvents.publish(
                TestEvents.partnership(id, 1, "ACTIVE", "450200", UUID.randomUUID(), UUID.randomUUID()));
        TestEvents.publish(Topics.PARTNERSHIP, id.toString(), event);
        TestEvents.publish(TestEvents.partnership(id, 2, "SUSPENDED", "450200", UUID.randomUUID(), UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> view(id).map(PartnershipView::version).orElse(0L) == 2);
        long applied = QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createNativeQuery("SELECT count(*) FROM inbox WHERE event_id = :id", Long.class)
                .setParameter("id", UUID.fromString(event.id()))
                .getSingleResult());
        assertEquals(1, applied);
    }

    @Test
    void anOlderVersionArrivingLateChangesNothing() {
        UUID id = UUID.randomUUID();
        UUID university = UUID.randomUUID();
        UUID enterprise = UUID.randomUUID();
        TestEvents.publish(TestEvents.partnership(id, 3, "SUSPENDED", "450200", university, enterprise));
        TestEvents.publish(TestEvents.partnership(id, 2, "ACTIVE", "450200", university, enterprise));
        PartnershipChanged marker =
                TestEvents.partnership(UUID.randomUUID(), 1, "ACTIVE", "450200", university, enterprise);
        // Same key order is not guaranteed across keys; wait until the late event has surely been consumed.
        TestEvents.publish(TestEvents.partnership(id, 2, "ACTIVE", "450200", university, enterprise));
        TestEvents.publish(marker);
        await().atMost(Duration.ofSeconds(30)).until(() -> view(marker.id()).isPresent() && view(id).isPresent());
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> view(id).orElseThrow().version() == 3);
        assertEquals("SUSPENDED", view(id).orElseThrow().status());
    }

    @Test
    void aMalformedEventOrOneOfAnUnknownTypeGoesToTheDeadLetterTopicWithItsReasonAndConsumptionGoesOn() {
        UUID id = UUID.randomUUID();
        try (TopicReader deadLetters = TopicReader.fromNow(Topics.PARTNERSHIP + ".dlq")) {
            String broken = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\""
                    + EventTypes.PARTNERSHIP_CHANGED + "\",\"data\":{\"id\":\"not-a-uuid\"}}";
            UUID unknownId = UUID.randomUUID();
            String unknown = "{\"specversion\":\"1.0\",\"id\":\"" + unknownId
                    + "\",\"type\":\"io.gongjian.partnership.PartnershipMerged.v1\",\"data\":{\"id\":\"" + id + "\"}}";
            TestEvents.publishRaw(Topics.PARTNERSHIP, id.toString(), broken);
            TestEvents.publishRaw(Topics.PARTNERSHIP, id.toString(), "this is not JSON");
            TestEvents.publishRaw(Topics.PARTNERSHIP, id.toString(), unknown);
            TestEvents.publish(TestEvents.partnership(id, 1, "ACTIVE", "450200", UUID.randomUUID(), UUID.randomUUID()));
            await().atMost(Duration.ofSeconds(30)).until(() -> view(id).isPresent());
            List<TopicReader.Event> dead =
                    deadLetters.awaitUntil(record -> deadLetters.seen().size() == 3, Duration.ofSeconds(15));
            assertTrue(dead.stream()
                    .allMatch(letter -> id.toString().equals(letter.key())
                            && Topics.PARTNERSHIP.equals(letter.headers().get("dead-letter-topic"))
                            && "activity-service".equals(letter.headers().get("dead-letter-consumer"))));
            assertTrue(dead.get(0).headers().get("dead-letter-reason").contains("unreadable data"), dead.toString());
            assertTrue(dead.get(1).headers().get("dead-letter-reason").contains("not a CloudEvent"), dead.toString());
            assertEquals(
                    "event " + unknownId + " is of type io.gongjian.partnership.PartnershipMerged.v1,"
                            + " which is not one of PartnershipEvent's types this service knows",
                    dead.get(2).headers().get("dead-letter-reason"));
        }
    }

    private Optional<PartnershipView> view(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> views.find(id));
    }
}
