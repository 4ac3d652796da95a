package io.gongjian.activity.infrastructure;

import io.gongjian.records.infrastructure.RecordRow;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A logged record; besides the shared columns, what its lists filter on: type code, mode, the achievement
 * converted, the facility where it took place, the day a facility closed.
 */
@Entity
@Table(name = "tracked_record")
@AttributeOverride(name = "closingReason", column = @Column(name = "revocation_reason"))
public class RecordEntity extends RecordRow {

    @Column(name = "achievement_id")
    public UUID achievementId;

    @Column(name = "facility_id")
    public UUID facilityId;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    public String type;
    public String mode;
}
