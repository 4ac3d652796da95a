package io.gongjian.activity.infrastructure;

import io.gongjian.activity.application.PartnershipViews;
import io.gongjian.activity.domain.PartnershipView;
import io.gongjian.commons.events.EventCodec;
import io.gongjian.commons.events.MalformedEvent;
import io.gongjian.events.PartnershipChanged;
import io.gongjian.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps the partnership read model from the partnership context's events. Each event is applied in one
 * transaction together with its inbox entry; the offset is committed only after that transaction (the message
 * is acknowledged when this method returns). Duplicates and older versions change nothing; organisation events
 * are of no use here; an unreadable event goes to the dead-letter topic and consumption goes on.
 */
@ApplicationScoped
public class PartnershipEventsConsumer {

    private static final Logger LOG = Logger.getLogger(PartnershipEventsConsumer.class);

    @Inject
    EventCodec codec;

    @Inject
    Inbox inbox;

    @Inject
    PartnershipViews partnerships;

    @Inject
    @Channel("partnership-events-dead-letters")
    Emitter<String> deadLetters;

    @Incoming("partnership-events")
    @Blocking
    @Transactional
    public void consume(String payload) {
        Optional<EventCodec.Received<PartnershipChanged>> received;
        try {
            received = codec.decode(payload, PartnershipChanged.class);
        } catch (MalformedEvent malformed) {
            LOG.warnf("Partnership event sent to the dead-letter topic: %s", malformed.getMessage());
            deadLetters.send(payload).toCompletableFuture().join();
            return;
        }
        if (received.isPresent() && inbox.firstDelivery(received.get().envelope())) {
            partnerships.apply(view(received.get().event()));
        }
    }

    private static PartnershipView view(PartnershipChanged partnership) {
        return new PartnershipView(
                partnership.id(),
                partnership.version(),
                partnership.status(),
                partnership.regionCode(),
                partnership.termStart(),
                partnership.termEnd(),
                partnership.universityOrganizationId(),
                partnership.enterpriseOrganizationId(),
                partnership.governmentOrganizationIds());
    }
}
