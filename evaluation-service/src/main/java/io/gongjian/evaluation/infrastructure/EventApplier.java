package io.gongjian.evaluation.infrastructure;

import io.gongjian.commons.events.CloudEvent;
import io.gongjian.evaluation.application.ReadModelUpdates;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.MemberCounts;
import io.gongjian.evaluation.domain.OrganizationMembers;
import io.gongjian.evaluation.domain.RecordFact;
import io.gongjian.events.AchievementChanged;
import io.gongjian.events.ActivityChanged;
import io.gongjian.events.ConversionChanged;
import io.gongjian.events.EventTypes;
import io.gongjian.events.ExchangeChanged;
import io.gongjian.events.OrganizationChanged;
import io.gongjian.events.PartnershipChanged;
import io.gongjian.inbox.Inbox;
import io.gongjian.inbox.Inbox.MalformedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Turns one event of either topic into a change of the read model, in the caller's transaction, together with its
 * inbox entry. Used alike by the live consumers and by a rebuild.
 */
@ApplicationScoped
public class EventApplier {

    private static final Logger LOG = Logger.getLogger(EventApplier.class);

    @Inject
    Inbox inbox;

    @Inject
    ReadModelUpdates updates;

    /**
     * @return the partnerships whose scores the event moves; none for a duplicate, an older version or a type
     *     this context does not use
     * @throws MalformedEvent when the event cannot be read; nothing was written then
     */
    // An unreadable event wrote nothing: the caller's transaction goes on (a replay skips it, a consumer dead-letters
    // it).
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = MalformedEvent.class)
    public Set<UUID> apply(String payload) {
        CloudEvent event = inbox.read(payload);
        Object change = toDomain(event);
        if (change == null || !inbox.firstDelivery(event)) {
            return Set.of();
        }
        if (change instanceof EvaluatedPartnership partnership) {
            return updates.apply(partnership);
        }
        if (change instanceof OrganizationMembers organization) {
            return updates.apply(organization);
        }
        return updates.apply((RecordFact) change);
    }

    private Object toDomain(CloudEvent event) {
        try {
            return switch (event.type()) {
                case EventTypes.PARTNERSHIP_CHANGED -> partnership(inbox.data(event, PartnershipChanged.class));
                case EventTypes.ORGANIZATION_CHANGED -> organization(inbox.data(event, OrganizationChanged.class));
                case EventTypes.ACTIVITY_CHANGED -> activity(inbox.data(event, ActivityChanged.class));
                case EventTypes.EXCHANGE_CHANGED -> exchange(inbox.data(event, ExchangeChanged.class));
                case EventTypes.ACHIEVEMENT_CHANGED -> achievement(inbox.data(event, AchievementChanged.class));
                case EventTypes.CONVERSION_CHANGED -> conversion(inbox.data(event, ConversionChanged.class));
                default -> {
                    LOG.debugf("Event type %s is not used by the evaluation context", event.type());
                    yield null;
                }
            };
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new MalformedEvent("event " + event.id() + " of type " + event.type() + " lacks a required field");
        }
    }

    private static EvaluatedPartnership partnership(PartnershipChanged p) {
        return new EvaluatedPartnership(
                required(p.id()),
                p.version(),
                required(p.code()),
                p.title() == null ? "" : p.title(),
                required(p.status()),
                required(p.regionCode()),
                required(p.universityOrganizationId()),
                required(p.enterpriseOrganizationId()),
                p.governmentOrganizationIds() == null ? List.of() : p.governmentOrganizationIds(),
                p.targets() == null ? Map.of() : p.targets());
    }

    private static OrganizationMembers organization(OrganizationChanged o) {
        List<MemberCounts.Entry> counts = o.memberCounts() == null
                ? List.of()
                : o.memberCounts().stream()
                        .map(c -> new MemberCounts.Entry(required(c.effectiveOn()), c.count()))
                        .toList();
        return new OrganizationMembers(required(o.id()), o.version(), new MemberCounts(counts));
    }

    private static RecordFact activity(ActivityChanged a) {
        return RecordFact.activity(
                required(a.id()),
                required(a.partnershipId()),
                a.version(),
                a.revoked(),
                required(a.occurredOn()),
                a.universityPartyMembers(),
                a.enterprisePartyMembers());
    }

    private static RecordFact exchange(ExchangeChanged e) {
        return RecordFact.exchange(
                required(e.id()),
                required(e.partnershipId()),
                e.version(),
                e.revoked(),
                required(e.occurredOn()),
                e.headcount());
    }

    private static RecordFact achievement(AchievementChanged a) {
        return RecordFact.achievement(
                required(a.id()),
                required(a.partnershipId()),
                a.version(),
                a.revoked(),
                required(a.registeredOn()),
                required(a.type()));
    }

    private static RecordFact conversion(ConversionChanged c) {
        return RecordFact.conversion(
                required(c.id()),
                required(c.partnershipId()),
                c.version(),
                c.revoked(),
                required(c.convertedOn()),
                required(c.achievementId()),
                required(c.outputValue()));
    }

    private static <T> T required(T value) {
        if (value == null) {
            throw new IllegalArgumentException("missing field");
        }
        return value;
    }
}
