package io.gongjian.partnership.infrastructure;

import io.gongjian.commons.domain.Conflict;
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
import io.gongjian.partnership.domain.SchoolCode;
import io.gongjian.records.infrastructure.ListQuery;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

@ApplicationScoped
public class PanacheOrganizationRepository implements OrganizationRepository {

    /** API sort field → entity attribute. */
    @Inject
    EntityManager em;

    @Override
    public Optional<Organization> find(UUID id) {
        return OrganizationEntity.<OrganizationEntity>findByIdOptional(id).map(PanacheOrganizationRepository::toDomain);
    }

    @Override
    public Optional<Organization> findForUpdate(UUID id) {
        return OrganizationEntity.<OrganizationEntity>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .map(PanacheOrganizationRepository::toDomain);
    }

    @Override
    public void add(Organization organization) {
        OrganizationEntity entity = new OrganizationEntity();
        entity.id = organization.id();
        entity.version = organization.version();
        copy(organization, entity);
        entity.persist();
        Flushes.flush(em, "organization_pkey", () -> new Conflict("id", "organisation.id-taken", organization.id()));
    }

    @Override
    public void update(Organization organization) {
        OrganizationEntity entity = OrganizationEntity.findById(organization.id());
        copy(organization, entity);
        Flushes.flush(em);
        Flushes.requireVersion(entity.version, organization.version(), organization.id());
    }

    @Override
    public Page<Organization> search(OrganizationQuery query, Visibility visibility, PageRequest page) {
        return list(query, visibility)
                .page(PanacheOrganizationRepository::entities, page)
                .map(PanacheOrganizationRepository::toDomain);
    }

    @Override
    public void forEach(
            OrganizationQuery query, Visibility visibility, PageRequest order, Consumer<Organization> each) {
        list(query, visibility)
                .forEach(PanacheOrganizationRepository::entities, order, entity -> each.accept(toDomain(entity)));
    }

    private static ListQuery list(OrganizationQuery query, Visibility visibility) {
        return ListQuery.visibleTo(
                        visibility.everything(),
                        visibility.regionPrefix(),
                        "id in :visibleIds",
                        visibility.organizationIds())
                .inRegion(query.regionPrefix())
                .and(
                        "kind = :kind",
                        "kind",
                        query.kind() == null ? null : query.kind().name())
                .containing(query.text(), "name", "institution");
    }

    /** Panache's find on the entity: a method reference to it would reach the un-enhanced base class. */
    private static PanacheQuery<OrganizationEntity> entities(String query, Sort sort, Parameters parameters) {
        return OrganizationEntity.find(query, sort, parameters);
    }

    private static void copy(Organization organization, OrganizationEntity entity) {
        OrganizationProfile profile = organization.profile();
        entity.name = profile.name();
        entity.kind = profile.kind().name();
        entity.level = profile.level().name();
        entity.institution = profile.institution();
        entity.creditCode = profile.creditCode().value();
        entity.regionCode = profile.regionCode().value();
        entity.schoolCode =
                profile.schoolCode() == null ? null : profile.schoolCode().value();
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
                        new RegionCode(entity.regionCode),
                        SchoolCode.ofNullable(entity.schoolCode)),
                entity.memberCounts.stream()
                        .map(row -> new MemberCount(row.effectiveOn, row.members))
                        .toList(),
                entity.version);
    }
}
