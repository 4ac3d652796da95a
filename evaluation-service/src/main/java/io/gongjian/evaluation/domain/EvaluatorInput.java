package io.gongjian.evaluation.domain;

import io.gongjian.commons.domain.Conflict;
import io.gongjian.commons.domain.RuleViolation;
import java.util.Map;
import java.util.UUID;

/**
 * An input an evaluator recorded for one partnership. It may be amended (its latest content counts) or
 * withdrawn with a reason (it stays readable and no longer counts). Every change bumps its version.
 *
 * @param <D> what the input says
 */
public final class EvaluatorInput<D extends InputDetails> {

    private final UUID id;
    private final UUID partnershipId;
    private D details;
    private InputStatus status;
    private String withdrawalReason;
    private long version;
    private final long recordedSequence;

    private EvaluatorInput(
            UUID id,
            UUID partnershipId,
            D details,
            InputStatus status,
            String withdrawalReason,
            long version,
            long recordedSequence) {
        this.id = id;
        this.partnershipId = partnershipId;
        this.details = details;
        this.status = status;
        this.withdrawalReason = withdrawalReason;
        this.version = version;
        this.recordedSequence = recordedSequence;
    }

    public static <D extends InputDetails> EvaluatorInput<D> record(UUID id, UUID partnershipId, D details) {
        return new EvaluatorInput<>(id, partnershipId, details, InputStatus.ACTIVE, null, 1, 0);
    }

    /** @param recordedSequence the order it was recorded in, among all inputs */
    public static <D extends InputDetails> EvaluatorInput<D> restore(
            UUID id,
            UUID partnershipId,
            D details,
            InputStatus status,
            String withdrawalReason,
            long version,
            long recordedSequence) {
        return new EvaluatorInput<>(id, partnershipId, details, status, withdrawalReason, version, recordedSequence);
    }

    public void amend(D amended) {
        requireActive("amend");
        details = amended;
        version++;
    }

    public void withdraw(String reason) {
        requireActive("withdraw");
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            throw new RuleViolation(
                    "reason", "say why the " + details.inputKind().label() + " is withdrawn");
        }
        if (trimmed.length() > 500) {
            throw new RuleViolation(
                    "reason", "the reason has " + trimmed.length() + " characters; at most 500 are allowed");
        }
        status = InputStatus.WITHDRAWN;
        withdrawalReason = trimmed;
        version++;
    }

    public boolean isActive() {
        return status == InputStatus.ACTIVE;
    }

    private void requireActive(String action) {
        if (!isActive()) {
            throw new Conflict(
                    "status",
                    "this " + details.inputKind().label() + " was withdrawn (" + withdrawalReason
                            + ") and cannot be asked to " + action,
                    Map.of("currentStatus", status.name()));
        }
    }

    public UUID id() {
        return id;
    }

    public UUID partnershipId() {
        return partnershipId;
    }

    public D details() {
        return details;
    }

    public InputStatus status() {
        return status;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public long version() {
        return version;
    }

    public long recordedSequence() {
        return recordedSequence;
    }
}
