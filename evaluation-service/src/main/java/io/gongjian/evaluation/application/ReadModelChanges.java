package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.EvaluatedOrganization;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.FactKind;
import io.gongjian.evaluation.domain.JointFacility;
import io.gongjian.evaluation.domain.MemberCounts;
import io.gongjian.evaluation.domain.RecordFact;
import io.gongjian.events.AchievementChanged;
import io.gongjian.events.ActivityChanged;
import io.gongjian.events.ActivityEvent;
import io.gongjian.events.ConversionChanged;
import io.gongjian.events.ExchangeChanged;
import io.gongjian.events.FacilityChanged;
import io.gongjian.events.OrganizationChanged;
import io.gongjian.events.PartnershipChanged;
import io.gongjian.events.PartnershipEvent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What each event of the other contexts changes in this context's read model: their published language translated
 * into this context's terms. A field the indicators need but the event lacks makes it unreadable (an
 * {@link IllegalArgumentException} here, a dead letter for the consumer).
 */
final class ReadModelChanges
        implements PartnershipEvent.Visitor<ReadModelChanges.Change>, ActivityEvent.Visitor<ReadModelChanges.Change> {

    /**
     * A change of the read model; answers the partnerships whose scores it moves, each with the days of its figures it
     * made stale (none for a duplicate or older version).
     */
    @FunctionalInterface
    interface Change {
        Map<UUID, DayChanges> applyTo(ReadModel readModel);

        /**
         * Applies it where every partnership is folded whole afterwards (a rebuild's replay), without working out
         * which days it made stale; true when {@link #applyTo} would have answered a partnership.
         */
        default boolean applyOnly(ReadModel readModel) {
            return !applyTo(readModel).isEmpty();
        }

        /** The record it stores, if it stores one: fetched with the others of its batch ahead of them. */
        default UUID recordId() {
            return null;
        }
    }

    static final ReadModelChanges OF = new ReadModelChanges();

    private ReadModelChanges() {}

    @Override
    public Change partnership(PartnershipChanged p) {
        EvaluatedPartnership partnership = new EvaluatedPartnership(
                required(p.id()),
                p.version(),
                required(p.code()),
                p.title() == null ? "" : p.title(),
                required(p.status()),
                required(p.regionCode()),
                required(p.universityOrganizationId()),
                required(p.enterpriseOrganizationId()),
                p.governmentOrganizationIds() == null ? List.of() : p.governmentOrganizationIds(),
                p.targets() == null ? Map.of() : p.targets(),
                required(p.termStart()),
                required(p.termEnd()));
        return readModel -> {
            // Every day when first known (records may have come first) or when a party changed: MU and ME change.
            List<UUID> parties =
                    List.of(partnership.universityOrganizationId(), partnership.enterpriseOrganizationId());
            DayChanges stale = readModel
                    .partiesOf(partnership.id())
                    .filter(parties::equals)
                    .map(same -> DayChanges.NONE)
                    .orElse(DayChanges.ALL);
            return readModel.apply(partnership) ? Map.of(partnership.id(), stale) : Map.of();
        };
    }

    /**
     * A changed member count moves the participation rate of every partnership the organisation is party to, on the
     * days whose effective count it changed.
     */
    @Override
    public Change organization(OrganizationChanged o) {
        List<MemberCounts.Entry> counts = o.memberCounts() == null
                ? List.of()
                : o.memberCounts().stream()
                        .map(c -> new MemberCounts.Entry(required(c.effectiveOn()), c.count()))
                        .toList();
        EvaluatedOrganization organization = new EvaluatedOrganization(
                required(o.id()),
                o.version(),
                o.institution(),
                o.creditCode(),
                o.schoolCode(),
                new MemberCounts(counts));
        return readModel -> {
            MemberCounts before = readModel.memberCounts(organization.id()).orElse(MemberCounts.none());
            if (!readModel.apply(organization)) {
                return Map.of();
            }
            DayChanges stale = DayChanges.amongFolded(
                    day -> !before.on(day).equals(organization.counts().on(day)));
            Map<UUID, DayChanges> moved = new HashMap<>();
            readModel.involving(organization.id()).forEach(id -> moved.put(id, stale));
            return moved;
        };
    }

    @Override
    public Change activity(ActivityChanged a) {
        return fact(RecordFact.activity(
                required(a.id()),
                required(a.partnershipId()),
                a.version(),
                a.revoked(),
                required(a.occurredOn()),
                a.universityPartyMembers(),
                a.enterprisePartyMembers(),
                a.type(),
                a.title(),
                a.attendance()));
    }

    @Override
    public Change exchange(ExchangeChanged e) {
        return fact(RecordFact.exchange(
                required(e.id()),
                required(e.partnershipId()),
                e.version(),
                e.revoked(),
                required(e.occurredOn()),
                required(e.type()),
                e.headcount()));
    }

    @Override
    public Change achievement(AchievementChanged a) {
        return fact(RecordFact.achievement(
                required(a.id()),
                required(a.partnershipId()),
                a.version(),
                a.revoked(),
                required(a.registeredOn()),
                required(a.type()),
                a.resourceKind()));
    }

    @Override
    public Change conversion(ConversionChanged c) {
        return fact(RecordFact.conversion(
                required(c.id()),
                required(c.partnershipId()),
                c.version(),
                c.revoked(),
                required(c.convertedOn()),
                required(c.achievementId()),
                required(c.outputValue()),
                c.universityIncome()));
    }

    /** Kept for explanations and exports; no indicator reads facilities, so no score moves. */
    @Override
    public Change facility(FacilityChanged f) {
        JointFacility facility = new JointFacility(
                required(f.id()),
                required(f.partnershipId()),
                f.version(),
                f.revoked(),
                required(f.kind()),
                required(f.name()),
                required(f.mode()),
                required(f.hostSide()),
                required(f.openedOn()),
                f.closedOn(),
                required(f.equipmentValue()));
        return readModel -> {
            readModel.apply(facility);
            return Map.of();
        };
    }

    /**
     * An activity or exchange moves its old and new day by what it contributes; an achievement or conversion, which
     * counts only with the other, makes its day, the day it had before and the days of the records it counts with
     * stale.
     */
    private static Change fact(RecordFact fact) {
        return new RecordChange(fact);
    }

    private record RecordChange(RecordFact fact) implements Change {

        @Override
        public Map<UUID, DayChanges> applyTo(ReadModel readModel) {
            if (fact.kind() == FactKind.ACTIVITY || fact.kind() == FactKind.EXCHANGE) {
                RecordFact before = readModel.stored(fact.id()).orElse(null);
                return readModel.apply(fact) ? Map.of(fact.partnershipId(), DayChanges.record(before, fact)) : Map.of();
            }
            Set<LocalDate> days = new HashSet<>(readModel.daysCountedWith(fact));
            days.add(fact.businessDate());
            return readModel.apply(fact) ? Map.of(fact.partnershipId(), DayChanges.of(days)) : Map.of();
        }

        @Override
        public boolean applyOnly(ReadModel readModel) {
            return readModel.apply(fact);
        }

        @Override
        public UUID recordId() {
            return fact.id();
        }
    }

    private static <T> T required(T value) {
        if (value == null) {
            throw new IllegalArgumentException("missing field");
        }
        return value;
    }
}
