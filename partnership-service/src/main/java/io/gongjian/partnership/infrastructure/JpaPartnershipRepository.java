package io.gongjian.partnership.infrastructure;

import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.events.CoConstructionMode;
import io.gongjian.events.Side;
import io.gongjian.partnership.application.PartnershipQuery;
import io.gongjian.partnership.application.PartnershipRepository;
import io.gongjian.partnership.application.Visibility;
import io.gongjian.partnership.domain.Agreement;
import io.gongjian.partnership.domain.KeyProject;
import io.gongjian.partnership.domain.KeyProjectStatus;
import io.gongjian.partnership.domain.Partnership;
import io.gongjian.partnership.domain.PartnershipStatus;
import io.gongjian.partnership.domain.RegionCode;
import io.gongjian.partnership.domain.Term;
import io.gongjian.partnership.domain.VolumeIndicator;
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
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaPartnershipRepository implements PartnershipRepository {

    /** API sort field → entity attribute. */
    static final Map<String, String> SORT_COLUMNS = Map.of(
            "code", "code",
            "title", "title",
            "signedOn", "signedOn",
            "status", "status",
            "regionCode", "regionCode",
            "termEnd", "termEnd");

    private static final String PARTY_OF = "(e.universityOrganizationId IN :%1$s OR e.enterpriseOrganizationId IN :%1$s"
            + " OR EXISTS (SELECT 1 FROM PartnershipEntity g JOIN g.governmentOrganizationIds gid"
            + " WHERE g.id = e.id AND gid IN :%1$s))";

    @Inject
    EntityManager em;

    @Override
    public Optional<Partnership> find(UUID id) {
        return Optional.ofNullable(em.find(PartnershipEntity.class, id)).map(JpaPartnershipRepository::toDomain);
    }

    @Override
    public Optional<Partnership> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(PartnershipEntity.class, id, LockModeType.PESSIMISTIC_WRITE))
                .map(JpaPartnershipRepository::toDomain);
    }

    @Override
    public void add(Partnership partnership) {
        PartnershipEntity entity = new PartnershipEntity();
        entity.id = partnership.id();
        entity.code = partnership.code();
        entity.universityOrganizationId = partnership.parties().universityOrganizationId();
        entity.enterpriseOrganizationId = partnership.parties().enterpriseOrganizationId();
        entity.governmentOrganizationIds = new HashSet<>(partnership.parties().governmentOrganizationIds());
        entity.regionCode = partnership.regionCode().value();
        copy(partnership, entity);
        em.persist(entity);
    }

    @Override
    public void update(Partnership partnership) {
        copy(partnership, em.find(PartnershipEntity.class, partnership.id()));
        // Flush now so that a broken database rule (e.g. one ACTIVE per pair) fails inside the use case.
        em.flush();
    }

    @Override
    public Page<Partnership> search(PartnershipQuery query, Visibility visibility, PageRequest page) {
        JpqlFilter filter = new JpqlFilter().visibleTo(visibility, PARTY_OF.formatted("visibleIds"));
        if (query.regionPrefix() != null) {
            filter.where("e.regionCode LIKE :region", "region", query.regionPrefix() + "%");
        }
        if (query.status() != null) {
            filter.where("e.status = :status", "status", query.status().name());
        }
        if (query.organizationId() != null) {
            filter.where(PARTY_OF.formatted("organization"), "organization", Set.of(query.organizationId()));
        }
        filter.containsText(query.text(), "title", "code");
        return filter.page(em, PartnershipEntity.class, page, SORT_COLUMNS, "id")
                .map(JpaPartnershipRepository::toDomain);
    }

    @Override
    public boolean activeExistsBetween(UUID universityOrganizationId, UUID enterpriseOrganizationId, UUID except) {
        return em.createQuery(
                                "SELECT count(e) FROM PartnershipEntity e WHERE e.status = 'ACTIVE'"
                                        + " AND e.universityOrganizationId = :university"
                                        + " AND e.enterpriseOrganizationId = :enterprise AND e.id <> :except",
                                Long.class)
                        .setParameter("university", universityOrganizationId)
                        .setParameter("enterprise", enterpriseOrganizationId)
                        .setParameter("except", except)
                        .getSingleResult()
                > 0;
    }

    @Override
    public String nextCode(RegionCode region, int year) {
        String prefix = "GJ-" + region.value() + "-" + year + "-";
        // Serialises code allocation per region and year until the transaction ends.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:prefix))")
                .setParameter("prefix", prefix)
                .getSingleResult();
        List<String> last = em.createQuery(
                        "SELECT e.code FROM PartnershipEntity e WHERE e.code LIKE :prefix ORDER BY e.code DESC",
                        String.class)
                .setParameter("prefix", prefix + "%")
                .setMaxResults(1)
                .getResultList();
        int next = last.isEmpty() ? 1 : Integer.parseInt(last.get(0).substring(prefix.length())) + 1;
        return prefix + String.format("%03d", next);
    }

    @Override
    public List<UUID> activeWithTermEndedBefore(LocalDate today) {
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
        em.createQuery(
                        "SELECT e FROM PartnershipEntity e WHERE " + PARTY_OF.formatted("organization"),
                        PartnershipEntity.class)
                .setParameter("organization", Set.of(organizationId))
                .getResultList()
                .forEach(entity -> {
                    partners.add(entity.universityOrganizationId);
                    partners.add(entity.enterpriseOrganizationId);
                    partners.addAll(entity.governmentOrganizationIds);
                });
        return partners;
    }

    private static void copy(Partnership partnership, PartnershipEntity entity) {
        Agreement agreement = partnership.agreement();
        entity.version = partnership.version();
        entity.title = agreement.title();
        entity.status = partnership.status().name();
        entity.signedOn = agreement.signedOn();
        entity.termStart = agreement.term().start();
        entity.termEnd = agreement.term().end();
        entity.modes = agreement.modes().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
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
                PartnershipStatus.valueOf(entity.status),
                entity.version);
    }
}
