package io.gongjian.evaluation.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "joint_facility")
public class JointFacilityEntity extends VersionedRow {

    @Id
    public UUID id;

    @Column(name = "partnership_id")
    public UUID partnershipId;

    public long version;
    public boolean revoked;
    public String kind;
    public String name;
    public String mode;

    @Column(name = "host_side")
    public String hostSide;

    @Column(name = "opened_on")
    public LocalDate openedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "equipment_value")
    public BigDecimal equipmentValue;

    @Override
    long version() {
        return version;
    }
}
