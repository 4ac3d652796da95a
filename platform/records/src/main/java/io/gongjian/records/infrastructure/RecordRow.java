package io.gongjian.records.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One versioned record as a row: what it says as JSON ({@code details}), what lists filter and sort on as columns.
 * A service's entity names its table and the column of {@code closingReason}, and adds its own columns.
 */
@MappedSuperclass
public abstract class RecordRow {

    @Id
    public UUID id;

    public String kind;

    @Column(name = "partnership_id")
    public UUID partnershipId;

    /** The caller's own id for the record, unique per partnership and kind. */
    @Column(name = "external_ref")
    public String externalRef;

    /** The partnership's region, for region-bound lists. */
    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "business_date")
    public LocalDate businessDate;

    public String status;

    /** Why it was revoked or withdrawn. */
    public String closingReason;

    public long version;

    /** What the record says, as JSON of its details record. */
    public String details;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
