package io.gongjian.partnership.infrastructure;

import io.gongjian.commons.domain.Conflict;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.events.CoConstructionMode;
import io.gongjian.events.Side;
import io.gongjian.partnership.application.PartnershipQuery;
import io.gongjian.partnership.application.PartnershipRepository;
import io.gongjian.partnership.application.Visibility;
import io.gongjian.partnership.domain.Agreement;
import io.gongjian.partnership.domain.Consent;
import io.gongjian.partnership.domain.KeyProject;
import io.gongjian.partnership.domain.KeyProjectStatus;
import io.gongjian.partnership.domain.Partnership;
import io.gongjian.partnership.domain.PartnershipStatus;
import io.gongjian.partnership.domain.RegionCode;
import io.gongjian.partnership.domain.Term;
import io.gongjian.partnership.domain.VolumeIndicator;
import io.gongjian.records.infrastructure.ListQuery;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

@ApplicationScoped
public class PanachePartnershipRepository implements PartnershipRepository {

    /** Partnerships that one of the organisations in parameter %1$s is a party to. */
    private static final String PARTY_OF = "(universityOrganizationId in :%1$s or enterpriseOrganizationId in :%1$s"
            + " or id in (select g.id from PartnershipEntity g join g.governmentOrganizationIds gid"
            + " where gid in :%1$s))";

    /** Guards "one ACTIVE partnership per pair of organisations" when two drafts are activated at once. */
    private static final String ONE_ACTIVE_PER_PAIR = "partnership_one_active_per_pair";

    @Inject
    EntityManager em;

    @Override
    public Optional<Partnership> find(UUID id) {
        return PartnershipEntity.<PartnershipEntity>findByIdOptional(id).map(PanachePartnershipRepository::toDomain);
    }

    @Override
    public Optional<Partnership> findForUpdate(UUID id) {
        return PartnershipEntity.<PartnershipEntity>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .map(PanachePartnershipRepository::toDomain);
    }

    @Override
    public void add(Partnership partnership) {
        PartnershipEntity entity = new PartnershipEntity();
        entity.id = partnership.id();
        entity.version = partnership.version();
        entity.code = partnership.code();
        entity.universityOrganizationId = partnership.parties().universityOrganizationId();
        entity.enterpriseOrganizationId = partnership.parties().enterpriseOrganizationId();
        entity.governmentOrganizationIds = new HashSet<>(partnership.parties().governmentOrganizationIds());
        entity.regionCode = partnership.regionCode().value();
        copy(partnership, entity);
        entity.persist();
    }

    @Override
    public void update(Partnership partnership) {
        PartnershipEntity entity = PartnershipEntity.findById(partnership.id());
        copy(partnership, entity);
        Flushes.flush(
                em, ONE_ACTIVE_PER_PAIR, () -> new Conflict("enterpriseOrganizationId", "partnership.another-active"));
        Flushes.requireVersion(entity.version, partnership.version(), partnership.id());
    }

    @Override
    public Page<Partnership> search(PartnershipQuery query, Visibility visibility, PageRequest page) {
        return list(query, visibility)
                .page(PanachePartnershipRepository::entities, page)
                .map(PanachePartnershipRepository::toDomain);
    }

    @Override
    public void forEach(PartnershipQuery query, Visibility visibility, PageRequest order, Consumer<Partnership> each) {
        list(query, visibility)
                .forEach(PanachePartnershipRepository::entities, order, entity -> each.accept(toDomain(entity)));
    }

    private static ListQuery list(PartnershipQuery query, Visibility visibility) {
        return ListQuery.visibleTo(
                        visibility.everything(),
                        visibility.regionPrefix(),
                        PARTY_OF.formatted("visibleIds"),
                        visibility.organizationIds())
                .inRegion(query.regionPrefix())
                .and(
                        "status = :status",
                        "status",
                        query.status() == null ? null : query.status().name())
                .and(
                        PARTY_OF.formatted("organization"),
                        "organization",
                        query.organizationId() == null ? null : Set.of(query.organizationId()))
                .containing(query.text(), "title", "code");
    }

    @Override
    public Page<Partnership> awaitingAgreementOf(UUID organizationId, PageRequest page) {
        return ListQuery.all()
                .and(
                        "status = 'DRAFT' and ((universityOrganizationId = :own and universityAgreed = false)"
                                + " or (enterpriseOrganizationId = :own and enterpriseAgreed = false))",
                        "own",
                        organizationId)
                .page(PanachePartnershipRepository::entities, page)
                .map(PanachePartnershipRepository::toDomain);
    }

    @Override
    public boolean activeExistsBetween(UUID universityOrganizationId, UUID enterpriseOrganizationId, UUID except) {
        return PartnershipEntity.count(
                        "status = 'ACTIVE' AND universityOrganizationId = ?1 AND enterpriseOrganizationId = ?2"
                                + " AND id <> ?3",
                        universityOrganizationId,
                        enterpriseOrganizationId,
                        except)
                > 0;
    }

    @Override
    public String nextCode(RegionCode region, int year) {
        String prefix = "GJ-" + region.value() + "-" + year + "-";
        // Serialises code allocation per region and year until the transaction ends.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:prefix))")
                .setParameter("prefix", prefix)
                .getSingleResult();
        int next = PartnershipEntity.<PartnershipEntity>find("code LIKE ?1", Sort.descending("code"), prefix + "%")
                .firstResultOptional()
                .map(last -> Integer.parseInt(last.code.substring(prefix.length())) + 1)
                .orElse(1);
        return prefix + String.format("%03d", next);
    }

    @Override
    public List<UUID> activeWithTermEndedBefore(LocalDate today) {
        // Ids only: the partnerships themselves are read under their lock, one by one.
        return em.createQuery(
                        "SELECT e.id FROM PartnershipEntity e WHERE e.status = 'ACTIVE' AND e.termEnd < :today",
                        UUID.class)
                .setParameter("today", today)
                .getResultList();
    }

    @Override
    public Set<UUID> partnersOf(UUID organizationId) {
        Set<UUID> partners = new HashSet<>();
        partners.add(organizationId);
        PartnershipEntity.<PartnershipEntity>list(
                        "status <> 'DRAFT' and " + PARTY_OF.formatted("organization"),
                        Map.<String, Object>of("organization", Set.of(organizationId)))
                .forEach(entity -> {
                    partners.add(entity.universityOrganizationId);
                    partners.add(entity.enterpriseOrganizationId);
                    partners.addAll(entity.governmentOrganizationIds);
                });
        return partners;
    }

    /** Panache's find on the entity: a method reference to it would reach the un-enhanced base class. */
    private static PanacheQuery<PartnershipEntity> entities(String query, Sort sort, Parameters parameters) {
        return PartnershipEntity.find(query, sort, parameters);
    }

    private static void copy(Partnership partnership, PartnershipEntity entity) {
        Agreement agreement = partnership.agreement();
        entity.title = agreement.title();
        entity.status = partnership.status().name();
        entity.signedOn = agreement.signedOn();
        entity.termStart = agreement.term().start();
        entity.termEnd = agreement.term().end();
        entity.modes = agreement.modes().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        entity.universityAgreed = partnership.consent().university();
        entity.enterpriseAgreed = partnership.consent().enterprise();
        entity.updatedAt = OffsetDateTime.now();
        entity.targets.clear();
        partnership.targets().forEach((indicator, target) -> entity.targets.put(indicator.name(), target));
        entity.keyProjects.clear();
        for (KeyProject project : partnership.keyProjects()) {
            PartnershipEntity.KeyProjectRow row = new PartnershipEntity.KeyProjectRow();
            row.id = project.id();
            row.title = project.title();
            row.mode = project.mode().name();
            row.leadSide = project.leadSide().name();
            row.dueOn = project.dueOn();
            row.status = project.status().name();
            entity.keyProjects.add(row);
        }
    }

    static Partnership toDomain(PartnershipEntity entity) {
        Map<VolumeIndicator, BigDecimal> targets = new EnumMap<>(VolumeIndicator.class);
        entity.targets.forEach(
                (code, target) -> targets.put(VolumeIndicator.valueOf(code), target.stripTrailingZeros()));
        return Partnership.restore(
                entity.id,
                entity.code,
                new Partnership.Parties(
                        entity.universityOrganizationId,
                        entity.enterpriseOrganizationId,
                        entity.governmentOrganizationIds.stream().sorted().toList()),
                new RegionCode(entity.regionCode),
                new Agreement(
                        entity.title,
                        entity.signedOn,
                        new Term(entity.termStart, entity.termEnd),
                        Arrays.stream(entity.modes.split(","))
                                .map(CoConstructionMode::valueOf)
                                .collect(Collectors.toSet())),
                targets,
                entity.keyProjects.stream()
                        .map(row -> new KeyProject(
                                row.id,
                                row.title,
                                CoConstructionMode.valueOf(row.mode),
                                Side.valueOf(row.leadSide),
                                row.dueOn,
                                KeyProjectStatus.valueOf(row.status)))
                        .toList(),
                new Consent(entity.universityAgreed, entity.enterpriseAgreed),
                PartnershipStatus.valueOf(entity.status),
                entity.version);
    }
}
