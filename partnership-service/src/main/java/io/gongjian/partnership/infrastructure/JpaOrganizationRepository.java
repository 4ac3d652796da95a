package io.gongjian.partnership.infrastructure;

import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.partnership.application.OrganizationQuery;
import io.gongjian.partnership.application.OrganizationRepository;
import io.gongjian.partnership.application.Visibility;
import io.gongjian.partnership.domain.CreditCode;
import io.gongjian.partnership.domain.MemberCount;
import io.gongjian.partnership.domain.Organization;
import io.gongjian.partnership.domain.OrganizationKind;
import io.gongjian.partnership.domain.OrganizationProfile;
import io.gongjian.partnership.domain.PartyLevel;
import io.gongjian.partnership.domain.RegionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaOrganizationRepository implements OrganizationRepository {

    /** API sort field → entity attribute. */
    static final Map<String, String> SORT_COLUMNS =
            Map.of("name", "name", "regionCode", "regionCode", "kind", "kind", "institution", "institution");

    @Inject
    EntityManager em;

    @Override
    public Optional<Organization> find(UUID id) {
        return Optional.ofNullable(em.find(OrganizationEntity.class, id)).map(JpaOrganizationRepository::toDomain);
    }

    @Override
    public Optional<Organization> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(OrganizationEntity.class, id, LockModeType.PESSIMISTIC_WRITE))
                .map(JpaOrganizationRepository::toDomain);
    }

    @Override
    public void add(Organization organization) {
        OrganizationEntity entity = new OrganizationEntity();
        entity.id = organization.id();
        copy(organization, entity);
        em.persist(entity);
    }

    @Override
    public void update(Organization organization) {
        copy(organization, em.find(OrganizationEntity.class, organization.id()));
    }

    @Override
    public Page<Organization> search(OrganizationQuery query, Visibility visibility, PageRequest page) {
        JpqlFilter filter = new JpqlFilter().visibleTo(visibility, "e.id IN :visibleIds");
        if (query.regionPrefix() != null) {
            filter.where("e.regionCode LIKE :region", "region", query.regionPrefix() + "%");
        }
        if (query.kind() != null) {
            filter.where("e.kind = :kind", "kind", query.kind().name());
        }
        filter.containsText(query.text(), "name", "institution");
        return filter.page(em, OrganizationEntity.class, page, SORT_COLUMNS, "id")
                .map(JpaOrganizationRepository::toDomain);
    }

    private static void copy(Organization organization, OrganizationEntity entity) {
        OrganizationProfile profile = organization.profile();
        entity.version = organization.version();
        entity.name = profile.name();
        entity.kind = profile.kind().name();
        entity.level = profile.level().name();
        entity.institution = profile.institution();
        entity.creditCode = profile.creditCode().value();
        entity.regionCode = profile.regionCode().value();
        entity.updatedAt = OffsetDateTime.now();
        entity.memberCounts.clear();
        organization
                .memberCounts()
                .forEach(count -> entity.memberCounts.add(
                        new OrganizationEntity.MemberCountRow(count.effectiveOn(), count.count())));
    }

    static Organization toDomain(OrganizationEntity entity) {
        return Organization.restore(
                entity.id,
                new OrganizationProfile(
                        entity.name,
                        OrganizationKind.valueOf(entity.kind),
                        PartyLevel.valueOf(entity.level),
                        entity.institution,
                        new CreditCode(entity.creditCode),
                        new RegionCode(entity.regionCode)),
                entity.memberCounts.stream()
                        .map(row -> new MemberCount(row.effectiveOn, row.members))
                        .toList(),
                entity.version);
    }
}
