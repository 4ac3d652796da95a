package io.gongjian.records.domain;

import io.gongjian.commons.domain.Conflict;
import io.gongjian.commons.domain.Message;
import io.gongjian.commons.domain.NotFound;
import io.gongjian.commons.domain.RuleViolation;
import java.util.Map;
import java.util.UUID;

/**
 * Something recorded for one partnership: an activity the parties logged, an assessment an evaluator recorded, … It
 * may be amended (its latest content counts) or taken back with a reason (revoked or withdrawn, as its kind says:
 * it stays readable and no longer counts); it is never lost. Every change bumps its version.
 *
 * @param <D> what the record says
 */
public class VersionedRecord<D extends Details> {

    public static final String ACTIVE = "ACTIVE";
    /** The longest reason a record is revoked or withdrawn with: a few sentences, as the history shows it. */
    public static final int MAX_REASON = 500;

    private final UUID id;
    private final UUID partnershipId;
    private D details;
    private boolean active;
    private String closingReason;
    private long version;

    protected VersionedRecord(
            UUID id, UUID partnershipId, D details, boolean active, String closingReason, long version) {
        this.id = id;
        this.partnershipId = partnershipId;
        this.details = details;
        this.active = active;
        this.closingReason = closingReason;
        this.version = version;
    }

    public static <D extends Details> VersionedRecord<D> create(UUID id, UUID partnershipId, D details) {
        return new VersionedRecord<>(id, partnershipId, details, true, null, 1);
    }

    /** @param status {@link #ACTIVE}, or the status of its kind's {@link Closing} */
    public static <D extends Details> VersionedRecord<D> restore(
            UUID id, UUID partnershipId, D details, String status, String closingReason, long version) {
        return new VersionedRecord<>(id, partnershipId, details, ACTIVE.equals(status), closingReason, version);
    }

    /** Replaces what the record says; a revoked or withdrawn record cannot be amended. */
    public void amend(D amended) {
        requireActive("amend");
        details = amended;
        version++;
    }

    /** Revokes or withdraws the record, saying why; it stays readable. */
    public void close(String reason) {
        Closing closing = kind().closing();
        requireActive(closing.verb());
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            throw new RuleViolation("reason", "record.reason-required", NotFound.thing(kind().label()), closing.said());
        }
        if (trimmed.length() > MAX_REASON) {
            throw new RuleViolation("reason", "record.reason-too-long", trimmed.length(), MAX_REASON);
        }
        active = false;
        closingReason = trimmed;
        version++;
    }

    public boolean isActive() {
        return active;
    }

    /** {@link #ACTIVE}, {@code REVOKED} or {@code WITHDRAWN}. */
    public String status() {
        return active ? ACTIVE : kind().closing().status();
    }

    private void requireActive(String action) {
        if (!active) {
            throw new Conflict(
                    "status",
                    Message.of(
                            "record.closed",
                            NotFound.thing(kind().label()),
                            kind().closing().said(),
                            closingReason,
                            Message.of("action." + action)),
                    Map.of("currentStatus", status()));
        }
    }

    public Kind kind() {
        return details.recordKind();
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

    /** Why it was revoked or withdrawn; {@code null} while active. */
    public String closingReason() {
        return closingReason;
    }

    public long version() {
        return version;
    }
}
