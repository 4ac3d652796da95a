package io.gongjian.partnership.infrastructure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A partnership's row. Its collections are lazy on purpose: a locking read then locks the row alone, and the
 * collections are read after the lock is held (eager joins would be read before Hibernate's follow-on lock).
 */
@Entity
@Table(name = "partnership")
public class PartnershipEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The aggregate's version, and Hibernate's optimistic check: an update based on an older row fails. */
    @Version
    public long version;

    public String code;
    public String title;
    public String status;

    @Column(name = "university_organization_id")
    public UUID universityOrganizationId;

    @Column(name = "enterprise_organization_id")
    public UUID enterpriseOrganizationId;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(name = "term_start")
    public LocalDate termStart;

    @Column(name = "term_end")
    public LocalDate termEnd;

    /** Comma-separated, in declaration order of the modes. */
    public String modes;

    @Column(name = "university_agreed")
    public boolean universityAgreed;

    @Column(name = "enterprise_agreed")
    public boolean enterpriseAgreed;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @ElementCollection
    @CollectionTable(name = "partnership_government", joinColumns = @JoinColumn(name = "partnership_id"))
    @Column(name = "organization_id")
    public Set<UUID> governmentOrganizationIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "partnership_target", joinColumns = @JoinColumn(name = "partnership_id"))
    @MapKeyColumn(name = "indicator")
    @Column(name = "target")
    public Map<String, BigDecimal> targets = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "key_project", joinColumns = @JoinColumn(name = "partnership_id"))
    @OrderColumn(name = "position")
    public List<KeyProjectRow> keyProjects = new ArrayList<>();

    @Embeddable
    public static class KeyProjectRow {
        public UUID id;
        public String title;
        public String mode;

        @Column(name = "lead_side")
        public String leadSide;

        @Column(name = "due_on")
        public LocalDate dueOn;

        public String status;
    }
}
