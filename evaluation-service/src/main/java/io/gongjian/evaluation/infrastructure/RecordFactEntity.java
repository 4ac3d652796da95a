package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.domain.FactKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "record_fact")
public class RecordFactEntity extends VersionedRow {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public FactKind kind;

    @Column(name = "partnership_id")
    public UUID partnershipId;

    public long version;
    public boolean revoked;

    @Column(name = "business_date")
    public LocalDate businessDate;

    @Column(name = "achievement_type")
    public String achievementType;

    @Column(name = "achievement_id")
    public UUID achievementId;

    @Column(name = "university_party_members")
    public Integer universityPartyMembers;

    @Column(name = "enterprise_party_members")
    public Integer enterprisePartyMembers;

    public Integer headcount;

    @Column(name = "output_value")
    public BigDecimal outputValue;

    @Column(name = "exchange_type")
    public String exchangeType;

    @Column(name = "resource_kind")
    public String resourceKind;

    @Column(name = "university_income")
    public BigDecimal universityIncome;

    @Column(name = "activity_type")
    public String activityType;

    public String title;
    public Integer attendance;

    @Override
    long version() {
        return version;
    }
}
