package io.gongjian.evaluation.domain;

import io.gongjian.records.domain.VersionedRecord;
import java.util.UUID;

/**
 * An input an evaluator recorded for one partnership: a versioned record (amended, or withdrawn with a reason)
 * that also knows the order it was recorded in, since of two assessments on the same day the later one counts.
 *
 * @param <D> what the input says
 */
public final class EvaluatorInput<D extends InputDetails> extends VersionedRecord<D> {

    private final long recordedSequence;

    private EvaluatorInput(
            UUID id,
            UUID partnershipId,
            String externalRef,
            D details,
            boolean active,
            String withdrawalReason,
            long version,
            long recordedSequence) {
        super(id, partnershipId, externalRef, details, active, withdrawalReason, version);
        this.recordedSequence = recordedSequence;
    }

    public static <D extends InputDetails> EvaluatorInput<D> record(
            UUID id, UUID partnershipId, String externalRef, D details) {
        return new EvaluatorInput<>(id, partnershipId, externalRef, details, true, null, 1, 0);
    }

    /** @param recordedSequence the order it was recorded in, among all inputs */
    public static <D extends InputDetails> EvaluatorInput<D> restore(
            UUID id,
            UUID partnershipId,
            String externalRef,
            D details,
            InputStatus status,
            String withdrawalReason,
            long version,
            long recordedSequence) {
        return new EvaluatorInput<>(
                id,
                partnershipId,
                externalRef,
                details,
                status == InputStatus.ACTIVE,
                withdrawalReason,
                version,
                recordedSequence);
    }

    public long recordedSequence() {
        return recordedSequence;
    }
}
