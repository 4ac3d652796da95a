package io.gongjian.partnership.infrastructure;

import io.gongjian.commons.events.EventCodec;
import io.gongjian.events.OrganizationChanged;
import io.gongjian.events.PartnershipChanged;
import io.gongjian.events.Topics;
import io.gongjian.outbox.Outbox;
import io.gongjian.partnership.application.ContextEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Publishes the partnership context's events through the outbox, in the transaction of the change. */
@ApplicationScoped
public class OutboxContextEvents implements ContextEvents {

    static final String SOURCE = "/gongjian/partnership-service";

    @Inject
    Outbox outbox;

    @Inject
    EventCodec codec;

    @Override
    public void publish(OrganizationChanged organization) {
        outbox.append(Topics.PARTNERSHIP, organization.key(), codec.encode(SOURCE, organization));
    }

    @Override
    public void publish(PartnershipChanged partnership) {
        outbox.append(Topics.PARTNERSHIP, partnership.key(), codec.encode(SOURCE, partnership));
    }
}
