package io.gongjian.partnership.infrastructure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An organisation's row. Its collection is lazy on purpose: a locking read then locks the row alone, and the
 * collection is read after the lock is held (an eager join would be read before Hibernate's follow-on lock).
 */
@Entity
@Table(name = "organization")
public class OrganizationEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The aggregate's version, and Hibernate's optimistic check: an update based on an older row fails. */
    @Version
    public long version;

    public String name;
    public String kind;
    public String level;
    public String institution;

    @Column(name = "credit_code")
    public String creditCode;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "school_code")
    public String schoolCode;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @ElementCollection
    @CollectionTable(name = "member_count", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderBy("effectiveOn")
    public List<MemberCountRow> memberCounts = new ArrayList<>();

    @Embeddable
    public static class MemberCountRow {
        @Column(name = "effective_on")
        public LocalDate effectiveOn;

        public int members;

        public MemberCountRow() {}

        MemberCountRow(LocalDate effectiveOn, int members) {
            this.effectiveOn = effectiveOn;
            this.members = members;
        }
    }
}
