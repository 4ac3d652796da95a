package io.gongjian.activity.domain;

import io.gongjian.commons.domain.Conflict;
import io.gongjian.commons.domain.RuleViolation;
import java.util.Map;
import java.util.UUID;

/**
 * Something one partnership logged: an activity, exchange, achievement or conversion. It may be amended (its
 * latest content counts) or revoked with a reason (it stays readable, and no longer counts); it is never lost.
 * Every change bumps its version.
 *
 * @param <D> what the record says
 */
public final class TrackedRecord<D extends RecordDetails> {

    private final UUID id;
    private final UUID partnershipId;
    private D details;
    private RecordStatus status;
    private String revocationReason;
    private long version;

    private TrackedRecord(
            UUID id, UUID partnershipId, D details, RecordStatus status, String revocationReason, long version) {
        this.id = id;
        this.partnershipId = partnershipId;
        this.details = details;
        this.status = status;
        this.revocationReason = revocationReason;
        this.version = version;
    }

    public static <D extends RecordDetails> TrackedRecord<D> log(UUID id, UUID partnershipId, D details) {
        return new TrackedRecord<>(id, partnershipId, details, RecordStatus.ACTIVE, null, 1);
    }

    public static <D extends RecordDetails> TrackedRecord<D> restore(
            UUID id, UUID partnershipId, D details, RecordStatus status, String revocationReason, long version) {
        return new TrackedRecord<>(id, partnershipId, details, status, revocationReason, version);
    }

    /** Replaces what the record says; a revoked record cannot be amended. */
    public void amend(D amended) {
        requireActive("amend");
        details = amended;
        version++;
    }

    /** Withdraws the record, saying why; it stays readable as revoked. */
    public void revoke(String reason) {
        requireActive("revoke");
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            throw new RuleViolation("reason", "say why the record is revoked");
        }
        if (trimmed.length() > 500) {
            throw new RuleViolation(
                    "reason", "the reason has " + trimmed.length() + " characters; at most 500 are allowed");
        }
        status = RecordStatus.REVOKED;
        revocationReason = trimmed;
        version++;
    }

    public boolean isActive() {
        return status == RecordStatus.ACTIVE;
    }

    private void requireActive(String action) {
        if (!isActive()) {
            throw new Conflict(
                    "status",
                    "this " + details.kind().label() + " was revoked (" + revocationReason + ") and cannot be asked to "
                            + action,
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

    public RecordStatus status() {
        return status;
    }

    public String revocationReason() {
        return revocationReason;
    }

    public long version() {
        return version;
    }
}
