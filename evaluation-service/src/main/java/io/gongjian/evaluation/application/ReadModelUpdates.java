package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.OrganizationMembers;
import io.gongjian.evaluation.domain.RecordFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;

/**
 * Applies what the other contexts published to the read model. Each method answers which partnerships' scores
 * the change moves (none when the event was a duplicate or older than what is stored).
 */
@ApplicationScoped
public class ReadModelUpdates {

    @Inject
    ReadModel readModel;

    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> apply(EvaluatedPartnership partnership) {
        return readModel.apply(partnership) ? Set.of(partnership.id()) : Set.of();
    }

    /** A changed member count moves the participation rate of every partnership the organisation is party to. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> apply(OrganizationMembers organization) {
        return readModel.apply(organization) ? readModel.partnershipsInvolving(organization.id()) : Set.of();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> apply(RecordFact record) {
        return readModel.apply(record) ? Set.of(record.partnershipId()) : Set.of();
    }
}
