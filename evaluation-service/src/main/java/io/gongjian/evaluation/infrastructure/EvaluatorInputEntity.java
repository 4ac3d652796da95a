package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.domain.InputKind;
import io.gongjian.evaluation.domain.InputStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Generated;

@Entity
@Table(name = "evaluator_input")
public class EvaluatorInputEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public InputKind kind;

    @Column(name = "partnership_id")
    public UUID partnershipId;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "business_date")
    public LocalDate businessDate;

    @Enumerated(EnumType.STRING)
    public InputStatus status;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    public long version;

    /** What the input says, as JSON of its details record. */
    public String details;

    /** Given by the database on insert. */
    @Generated
    @Column(name = "recorded_sequence", insertable = false, updatable = false)
    public Long recordedSequence;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
