package io.gongjian.activity.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "tracked_record")
public class RecordEntity {

    @Id
    public UUID id;

    public String kind;

    @Column(name = "partnership_id")
    public UUID partnershipId;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "achievement_id")
    public UUID achievementId;

    public String type;
    public String mode;

    @Column(name = "business_date")
    public LocalDate businessDate;

    public String status;

    @Column(name = "revocation_reason")
    public String revocationReason;

    public long version;

    /** What the record says, as JSON. */
    public String details;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
