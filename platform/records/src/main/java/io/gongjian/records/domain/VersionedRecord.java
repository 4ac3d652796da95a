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
    /** The longest external reference: room for a caller's own composite keys, short enough to index. */
    public static final int MAX_EXTERNAL_REF = 100;

    private final UUID id;
    private final UUID partnershipId;
    private final String externalRef;
    private D details;
    private boolean active;
    private String closingReason;
    private long version;

    protected VersionedRecord(
            UUID id,
            UUID partnershipId,
            String externalRef,
            D details,
            boolean active,
            String closingReason,
            long version) {
        this.id = id;
        this.partnershipId = partnershipId;
        this.externalRef = externalRef;
        this.details = details;
        this.active = active;
        this.closingReason = closingReason;
        this.version = version;
    }

    /** @param externalRef the caller's own id for it, checked by {@link #externalRef(String)}; {@code null} if none */
    public static <D extends Details> VersionedRecord<D> create(
            UUID id, UUID partnershipId, String externalRef, D details) {
        return new VersionedRecord<>(id, partnershipId, externalRef, details, true, null, 1);
    }

    /** @param status {@link #ACTIVE}, or the status of its kind's {@link Closing} */
    public static <D extends Details> VersionedRecord<D> restore(
            UUID id,
            UUID partnershipId,
            String externalRef,
            D details,
            String status,
            String closingReason,
            long version) {
        return new VersionedRecord<>(
                id, partnershipId, externalRef, details, ACTIVE.equals(status), closingReason, version);
    }

    /**
     * The external reference a caller gave, as it is kept: trimmed, {@code null} when blank (an empty spreadsheet
     * cell gives none), refused when too long or holding control characters (it must read back as it was sent).
     */
    public static String externalRef(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String trimmed = given.strip();
        if (trimmed.length() > MAX_EXTERNAL_REF) {
            throw new RuleViolation("externalRef", "record.external-ref-too-long", trimmed.length(), MAX_EXTERNAL_REF);
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new RuleViolation("externalRef", "record.external-ref-control");
        }
        return trimmed;
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

    /** The caller's own id for the record, unique per partnership and kind; {@code null} if none was given. */
    public String externalRef() {
        return externalRef;
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
