package io.gongjian.activity.infrastructure;

import io.gongjian.activity.application.PartnershipViews;
import io.gongjian.activity.domain.PartnershipView;
import io.gongjian.commons.events.EventCodec;
import io.gongjian.events.OrganizationChanged;
import io.gongjian.events.PartnershipChanged;
import io.gongjian.events.PartnershipEvent;
import io.gongjian.inbox.Consumption;
import io.gongjian.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the partnership read model from the partnership context's events. Each event is applied in one
 * transaction together with its inbox entry; the offset is committed only after that transaction (the message
 * is acknowledged when this method returns). Duplicates and older versions change nothing; organisation events
 * are of no use here. A transient failure is retried until it passes, an event that can never be applied goes to
 * the dead-letter topic ({@link Consumption}).
 */
@ApplicationScoped
public class PartnershipEventsConsumer {

    static final String CHANNEL = "partnership-events";

    @Inject
    Consumption consumption;

    @Inject
    EventCodec codec;

    @Inject
    Inbox inbox;

    @Inject
    PartnershipViews partnerships;

    @Inject
    @Channel("partnership-events-dead-letters")
    MutinyEmitter<String> deadLetters;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumption.consume(CHANNEL, record, deadLetters, this::apply);
    }

    /** In the transaction {@link Consumption} opens for it. */
    private void apply(String payload) {
        EventCodec.Received<PartnershipEvent> received = codec.decode(payload, PartnershipEvent.class);
        Optional<PartnershipView> view = received.event().accept(VIEWS);
        if (view.isPresent() && inbox.firstDelivery(received.envelope())) {
            partnerships.apply(view.get());
        }
    }

    private static final PartnershipEvent.Visitor<Optional<PartnershipView>> VIEWS = new PartnershipEvent.Visitor<>() {
        @Override
        public Optional<PartnershipView> organization(OrganizationChanged organization) {
            return Optional.empty();
        }

        @Override
        public Optional<PartnershipView> partnership(PartnershipChanged partnership) {
            return Optional.of(new PartnershipView(
                    partnership.id(),
                    partnership.version(),
                    partnership.status(),
                    partnership.regionCode(),
                    partnership.termStart(),
                    partnership.termEnd(),
                    partnership.universityOrganizationId(),
                    partnership.enterpriseOrganizationId(),
                    partnership.governmentOrganizationIds()));
        }
    };
}
