package io.gongjian.evaluation.infrastructure;

import io.gongjian.records.infrastructure.RecordRow;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;

/** An evaluator input; besides the shared columns, the order inputs were recorded in. */
@Entity
@Table(name = "evaluator_input")
@AttributeOverride(name = "closingReason", column = @Column(name = "withdrawal_reason"))
public class EvaluatorInputEntity extends RecordRow {

    /** Given by the database on insert. */
    @Generated
    @Column(name = "recorded_sequence", insertable = false, updatable = false)
    public Long recordedSequence;
}
