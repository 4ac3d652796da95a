package io.gongjian.partnership.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.commons.events.CloudEvent;
import io.gongjian.events.EventTypes;
import io.gongjian.events.OrganizationChanged;
import io.gongjian.events.PartnershipChanged;
import io.gongjian.events.Topics;
import io.gongjian.outbox.Outbox;
import io.gongjian.partnership.application.ContextEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;

/** Publishes the partnership context's events through the outbox, in the transaction of the change. */
@ApplicationScoped
public class OutboxContextEvents implements ContextEvents {

    static final String SOURCE = "/gongjian/partnership-service";
    private static final String SCHEMAS = "https://gongjian.io/events/schemas/";

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Override
    public void publish(OrganizationChanged organization) {
        String id = organization.id().toString();
        outbox.append(
                Topics.PARTNERSHIP,
                id,
                CloudEvent.of(
                        SOURCE,
                        EventTypes.ORGANIZATION_CHANGED,
                        SCHEMAS + "OrganizationChanged.v1.json",
                        "organizations/" + id,
                        OffsetDateTime.now(),
                        json.valueToTree(organization)));
    }

    @Override
    public void publish(PartnershipChanged partnership) {
        String id = partnership.id().toString();
        outbox.append(
                Topics.PARTNERSHIP,
                id,
                CloudEvent.of(
                        SOURCE,
                        EventTypes.PARTNERSHIP_CHANGED,
                        SCHEMAS + "PartnershipChanged.v1.json",
                        "partnerships/" + id,
                        OffsetDateTime.now(),
                        json.valueToTree(partnership)));
    }
}
