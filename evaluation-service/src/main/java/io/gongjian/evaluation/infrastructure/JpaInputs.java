package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.application.Inputs;
import io.gongjian.evaluation.domain.EvaluatorInput;
import io.gongjian.evaluation.domain.InputDetails;
import io.gongjian.evaluation.domain.InputKind;
import io.gongjian.evaluation.domain.InputStatus;
import io.gongjian.records.application.RecordQuery;
import io.gongjian.records.infrastructure.ListQuery;
import io.gongjian.records.infrastructure.PanacheRecordStore;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

@ApplicationScoped
public class JpaInputs extends PanacheRecordStore<InputDetails, EvaluatorInputEntity> implements Inputs {

    /** The table's rows, through Panache. */
    @ApplicationScoped
    public static class Rows implements PanacheRepositoryBase<EvaluatorInputEntity, UUID> {}

    @Inject
    Rows rows;

    /** The input a row holds, with the order it was recorded in. */
    EvaluatorInput<InputDetails> input(EvaluatorInputEntity row) {
        return restore(row, details(row));
    }

    @Override
    protected PanacheRepositoryBase<EvaluatorInputEntity, UUID> rows() {
        return rows;
    }

    @Override
    protected EvaluatorInputEntity newRow() {
        return new EvaluatorInputEntity();
    }

    @Override
    protected Class<? extends InputDetails> detailsType(String kind) {
        return InputKind.valueOf(kind).details();
    }

    @Override
    protected EvaluatorInput<InputDetails> restore(EvaluatorInputEntity row, InputDetails details) {
        return EvaluatorInput.restore(
                row.id,
                row.partnershipId,
                row.externalRef,
                details,
                InputStatus.valueOf(row.status),
                row.closingReason,
                row.version,
                row.recordedSequence == null ? Long.MAX_VALUE : row.recordedSequence);
    }

    /** The kind of an assessment or survey batch is the first field of its JSON details. */
    @Override
    protected void filter(RecordQuery query, ListQuery list) {
        list.and("details like :type", "type", query.type() == null ? null : "{\"kind\":\"" + query.type() + "\"%");
    }
}
