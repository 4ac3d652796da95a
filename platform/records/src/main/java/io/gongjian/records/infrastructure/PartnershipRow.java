package io.gongjian.records.infrastructure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A partnership as a service keeps it from the partnership context's events: its version, status, region and
 * parties. A service's entity names its table and adds what only it needs (term, targets).
 */
@MappedSuperclass
public abstract class PartnershipRow extends PanacheEntityBase {

    @Id
    public UUID id;

    public long version;
    public String status;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "university_organization_id")
    public UUID universityOrganizationId;

    @Column(name = "enterprise_organization_id")
    public UUID enterpriseOrganizationId;

    /** Comma-separated ids (see {@link #governmentColumn}). */
    @Column(name = "government_organization_ids")
    public String governmentOrganizationIds;

    /** The government organisations that are parties. */
    public List<UUID> governments() {
        return governmentOrganizationIds.isBlank()
                ? List.of()
                : Arrays.stream(governmentOrganizationIds.split(","))
                        .map(UUID::fromString)
                        .toList();
    }

    /** What {@code government_organization_ids} holds for these ids. */
    public static String governmentColumn(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    /** The partnerships of {@code rows} an organisation is a party to, on any side. */
    public static Set<UUID> involving(EntityManager em, Class<? extends PartnershipRow> rows, UUID organizationId) {
        return new HashSet<>(em.createQuery(
                        "SELECT e.id FROM " + rows.getSimpleName() + " e WHERE e.universityOrganizationId = :org"
                                + " OR e.enterpriseOrganizationId = :org OR e.governmentOrganizationIds LIKE :orgText",
                        UUID.class)
                .setParameter("org", organizationId)
                .setParameter("orgText", "%" + organizationId + "%")
                .getResultList());
    }
}
