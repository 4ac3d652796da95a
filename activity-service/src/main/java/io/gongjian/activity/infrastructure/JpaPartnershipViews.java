package io.gongjian.activity.infrastructure;

import io.gongjian.activity.application.PartnershipViews;
import io.gongjian.activity.domain.PartnershipView;
import io.gongjian.records.infrastructure.PartnershipRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class JpaPartnershipViews implements PartnershipViews {

    @Inject
    EntityManager em;

    @Override
    public Optional<PartnershipView> find(UUID partnershipId) {
        return PartnershipViewEntity.<PartnershipViewEntity>findByIdOptional(partnershipId)
                .map(JpaPartnershipViews::toView);
    }

    @Override
    public boolean apply(PartnershipView partnership) {
        // Insert, or update only when the incoming state is newer: duplicates and late arrivals change nothing.
        int changed = em.createNativeQuery(
                        "INSERT INTO partnership_view (id, version, status, region_code, term_start, term_end,"
                                + " university_organization_id, enterprise_organization_id, government_organization_ids)"
                                + " VALUES (:id, :version, :status, :region, :start, :end, :university, :enterprise, :governments)"
                                + " ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, status = EXCLUDED.status,"
                                + " region_code = EXCLUDED.region_code, term_start = EXCLUDED.term_start,"
                                + " term_end = EXCLUDED.term_end,"
                                + " university_organization_id = EXCLUDED.university_organization_id,"
                                + " enterprise_organization_id = EXCLUDED.enterprise_organization_id,"
                                + " government_organization_ids = EXCLUDED.government_organization_ids"
                                + " WHERE partnership_view.version < EXCLUDED.version")
                .setParameter("id", partnership.id())
                .setParameter("version", partnership.version())
                .setParameter("status", partnership.status())
                .setParameter("region", partnership.regionCode())
                .setParameter("start", partnership.termStart())
                .setParameter("end", partnership.termEnd())
                .setParameter("university", partnership.universityOrganizationId())
                .setParameter("enterprise", partnership.enterpriseOrganizationId())
                .setParameter("governments", PartnershipRow.governmentColumn(partnership.governmentOrganizationIds()))
                .executeUpdate();
        return changed == 1;
    }

    @Override
    public Set<UUID> involving(UUID organizationId) {
        return PartnershipRow.involving(em, PartnershipViewEntity.class, organizationId);
    }

    private static PartnershipView toView(PartnershipViewEntity entity) {
        return new PartnershipView(
                entity.id,
                entity.version,
                entity.status,
                entity.regionCode,
                entity.termStart,
                entity.termEnd,
                entity.universityOrganizationId,
                entity.enterpriseOrganizationId,
                entity.governments());
    }
}
