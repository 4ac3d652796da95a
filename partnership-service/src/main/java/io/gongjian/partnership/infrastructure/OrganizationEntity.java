package io.gongjian.partnership.infrastructure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "organization")
public class OrganizationEntity {

    @Id
    public UUID id;

    public long version;
    public String name;
    public String kind;
    public String level;
    public String institution;

    @Column(name = "credit_code")
    public String creditCode;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
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
