package io.gongjian.activity.api;

import static org.awaitility.Awaitility.await;

import io.gongjian.activity.application.PartnershipViews;
import io.gongjian.events.PartnershipChanged;
import io.gongjian.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.UUID;

/** Makes partnerships known to the service the only way it learns them: their events on the real broker. */
final class Partnerships {

    /**
     * A region no test's caller lists (Hainan): the tests that write tens of thousands of records write them there, so
     * that the lists and exports of the others' bureaus stay small.
     */
    static final String REGION_NOBODY_LISTS = "469001";

    private Partnerships() {}

    static UUID known(PartnershipViews views, String status, String region, UUID university, UUID enterprise) {
        UUID id = UUID.randomUUID();
        return publishAndAwait(views, TestEvents.partnership(id, 1, status, region, university, enterprise));
    }

    static UUID known(PartnershipViews views, String status, String region) {
        return known(views, status, region, UUID.randomUUID(), UUID.randomUUID());
    }

    static UUID publishAndAwait(PartnershipViews views, PartnershipChanged partnership) {
        TestEvents.publish(partnership);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> views.find(partnership.id())
                        .filter(view -> view.version() == partnership.version())
                        .isPresent()));
        return partnership.id();
    }
}
