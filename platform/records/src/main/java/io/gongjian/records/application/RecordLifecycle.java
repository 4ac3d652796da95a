package io.gongjian.records.application;

import io.gongjian.commons.domain.Conflict;
import io.gongjian.commons.domain.Forbidden;
import io.gongjian.commons.domain.Message;
import io.gongjian.commons.domain.NotFound;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.commons.domain.StaleVersion;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.Caller;
import io.gongjian.commons.security.PartnershipVisibility;
import io.gongjian.history.ChangeHistory;
import io.gongjian.records.domain.Details;
import io.gongjian.records.domain.Kind;
import io.gongjian.records.domain.Partnership;
import io.gongjian.records.domain.VersionedRecord;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The use cases every versioned record shares: record one for a partnership, amend it at the version it was based
 * on, revoke or withdraw it with a reason, read it, list what the caller may see, tell its history. Each write is
 * one transaction with its history entry and what follows it in the service. A service extends this once for its
 * records and says only who may do what, which rules hold, and what a change publishes.
 *
 * @param <D> what the service's records say
 * @param <P> what the service knows of a partnership (from the partnership context's events)
 * @param <S> a record's published state: what the change history compares before and after a change
 */
public abstract class RecordLifecycle<D extends Details, P extends Partnership, S> {

    /**
     * How a service words what it does with its records.
     *
     * @param created the history's action for a new record ("logged", "recorded")
     * @param notYoursToCreate the catalogue's key ({@link io.gongjian.commons.domain.Message}) for why a caller who
     *     sees the partnership may not record for it
     * @param notYoursToChange the key for why a caller who sees a record may not change it; {@code {0}} stands for
     *     its kind
     * @param cannotMove the key for why a record stays with its partnership
     */
    public record Words(String created, String notYoursToCreate, String notYoursToChange, String cannotMove) {}

    /** How long an export may take to stream, at most; a list page has the default timeout. */
    public static final int EXPORT_TIMEOUT_SECONDS = 600;

    @Inject
    ChangeHistory history;

    private final Words words;
    private final BiPredicate<Caller, P> canRead;
    private final BiPredicate<Caller, P> canWrite;

    /**
     * @param canRead who may see a partnership's records
     * @param canWrite who may record for a partnership, and change its records
     */
    protected RecordLifecycle(Words words, BiPredicate<Caller, P> canRead, BiPredicate<Caller, P> canWrite) {
        this.words = words;
        this.canRead = canRead;
        this.canWrite = canWrite;
    }

    protected abstract RecordStore<D> store();

    protected abstract Partnerships<P> partnerships();

    /** Refuses a new record that breaks a rule of its kind or of its partnership's state. */
    protected abstract void checkNew(P partnership, D details);

    /** Refuses an amendment that breaks a rule; answers what the record says after it. */
    protected abstract D checkAmendment(P partnership, VersionedRecord<D> record, D amended);

    protected abstract S published(VersionedRecord<D> record);

    /** What else a change does, in its transaction: e.g. publish the new state as an event. */
    protected void announce(S published) {}

    /** Makes a new record; a service whose records carry more overrides it. */
    protected VersionedRecord<D> newRecord(UUID id, UUID partnershipId, String externalRef, D details) {
        return VersionedRecord.create(id, partnershipId, externalRef, details);
    }

    /**
     * Runs a write; a service overrides it to run more around every write (e.g. rescore what it moved).
     *
     * @param written the record the write left, out of what it answers
     */
    protected <T> T write(Supplier<T> change, Function<T, VersionedRecord<D>> written) {
        return change.get();
    }

    /** What recording did. */
    public enum Outcome {
        CREATED,
        /** The external reference names a record that says the same already: nothing changed. */
        UNCHANGED,
        /** The external reference names a record that said something else: it was amended. */
        AMENDED
    }

    /** A record as recording left it, and what recording did. */
    public record Recorded<D extends Details>(VersionedRecord<D> record, Outcome outcome) {}

    /** What recording under an external reference does when the record it names says something else. */
    public enum WhenDifferent {
        /** 409, naming the record: the single-record API, where an amendment needs the version it is based on. */
        REFUSE,
        /** Amend it, with its history: a spreadsheet import that corrects what it imported before. */
        AMEND
    }

    /**
     * Records one for a partnership. With an external reference (the caller's own id for it), recording is
     * idempotent: a second call with the same content changes nothing and answers the record; one with other
     * content is refused or amends, as {@code whenDifferent} says. Calls with one reference queue up, so that N
     * parallel calls have the effect of one after another.
     */
    @Transactional
    public Recorded<D> create(
            Caller caller, UUID partnershipId, String externalRef, D details, WhenDifferent whenDifferent) {
        String reference = VersionedRecord.externalRef(externalRef);
        return write(
                () -> {
                    P partnership = writablePartnership(caller, partnershipId);
                    Kind kind = details.recordKind();
                    if (reference != null) {
                        var existing = store().findForUpdate(kind, partnershipId, reference);
                        if (existing.isPresent()) {
                            return again(caller, existing.get(), partnership, details, whenDifferent);
                        }
                    }
                    checkNew(partnership, details);
                    VersionedRecord<D> record = newRecord(UUID.randomUUID(), partnershipId, reference, details);
                    store().add(record, partnership.regionCode());
                    recordChange(caller, words.created(), null, record);
                    return new Recorded<>(record, Outcome.CREATED);
                },
                Recorded::record);
    }

    /** Recording again under the reference of {@code record}. */
    private Recorded<D> again(
            Caller caller, VersionedRecord<D> record, P partnership, D details, WhenDifferent whenDifferent) {
        if (record.details().equals(details)) {
            return new Recorded<>(record, Outcome.UNCHANGED);
        }
        if (whenDifferent == WhenDifferent.REFUSE) {
            throw new Conflict(
                    "externalRef",
                    Message.of(
                            "record.external-ref-taken",
                            NotFound.thing(record.kind().label()),
                            record.externalRef(),
                            record.id()),
                    Map.of("existingId", record.id(), "currentVersion", record.version()));
        }
        applyChange(
                caller,
                "amended",
                record,
                partnership,
                (amended, in) -> amended.amend(checkAmendment(in, amended, details)));
        return new Recorded<>(record, Outcome.AMENDED);
    }

    /**
     * @param partnershipId the partnership the amendment names, if it names one: it must be the record's own
     * @param externalRef the external reference the amendment names, if it names one: it must be the record's own
     */
    @Transactional
    public VersionedRecord<D> amend(
            Caller caller,
            Kind kind,
            UUID id,
            long expectedVersion,
            UUID partnershipId,
            String externalRef,
            D details) {
        String reference = VersionedRecord.externalRef(externalRef);
        return write(
                () -> change(caller, kind, id, canWrite, "amended", (record, partnership) -> {
                    if (partnershipId != null && !partnershipId.equals(record.partnershipId())) {
                        throw new RuleViolation("partnershipId", words.cannotMove());
                    }
                    if (reference != null && !reference.equals(record.externalRef())) {
                        throw new RuleViolation(
                                "externalRef", "record.external-ref-fixed", String.valueOf(record.externalRef()));
                    }
                    StaleVersion.check(expectedVersion, record.version());
                    record.amend(checkAmendment(partnership, record, details));
                }),
                Function.identity());
    }

    /** Revokes or withdraws, as the kind says. */
    @Transactional
    public VersionedRecord<D> close(Caller caller, Kind kind, UUID id, String reason) {
        return write(
                () -> change(
                        caller,
                        kind,
                        id,
                        canWrite,
                        kind.closing().participle(),
                        (record, partnership) -> record.close(reason)),
                Function.identity());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionedRecord<D> get(Caller caller, Kind kind, UUID id) {
        VersionedRecord<D> record = store().find(kind, id).orElseThrow(() -> new NotFound(kind.label(), id));
        partnerships()
                .find(record.partnershipId())
                .filter(partnership -> canRead.test(caller, partnership))
                .orElseThrow(() -> new NotFound(kind.label(), id));
        return record;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<VersionedRecord<D>> list(Caller caller, RecordQuery query, PageRequest page) {
        return store().search(query, PartnershipVisibility.of(caller, partnerships()::involving), page);
    }

    /**
     * Everything {@link #list} would page through, in its order, record by record: for an export. One read-only
     * transaction, so that the database reads it through a cursor; it lasts as long as the client takes to receive
     * the file, hence the longer timeout.
     */
    @Transactional
    @TransactionConfiguration(timeout = EXPORT_TIMEOUT_SECONDS)
    public void export(Caller caller, RecordQuery query, PageRequest order, Consumer<VersionedRecord<D>> each) {
        store().forEach(query, PartnershipVisibility.of(caller, partnerships()::involving), order, each);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeHistory.Entry> history(Caller caller, Kind kind, UUID id) {
        get(caller, kind, id);
        return history.of(kind.label(), id);
    }

    /**
     * Changes one record the caller may change: locked until the transaction ends, changed by {@code command},
     * stored, and entered in the history as {@code action}.
     */
    protected VersionedRecord<D> change(
            Caller caller,
            Kind kind,
            UUID id,
            BiPredicate<Caller, P> permission,
            String action,
            BiConsumer<VersionedRecord<D>, P> command) {
        VersionedRecord<D> record = store().findForUpdate(kind, id).orElseThrow(() -> new NotFound(kind.label(), id));
        P partnership = partnerships().find(record.partnershipId()).orElseThrow(() -> new NotFound(kind.label(), id));
        if (!permission.test(caller, partnership)) {
            if (canRead.test(caller, partnership)) {
                throw new Forbidden(words.notYoursToChange(), NotFound.thing(kind.label()));
            }
            throw new NotFound(kind.label(), id);
        }
        applyChange(caller, action, record, partnership, command);
        return record;
    }

    /** Changes a locked record by {@code command}, stores it, and enters the change in its history. */
    private void applyChange(
            Caller caller,
            String action,
            VersionedRecord<D> record,
            P partnership,
            BiConsumer<VersionedRecord<D>, P> command) {
        S before = published(record);
        command.accept(record, partnership);
        store().update(record);
        recordChange(caller, action, before, record);
    }

    private P writablePartnership(Caller caller, UUID partnershipId) {
        if (partnershipId == null) {
            throw new RuleViolation("partnershipId", "required", "partnershipId");
        }
        P partnership = partnerships()
                .find(partnershipId)
                .filter(found -> canRead.test(caller, found))
                .orElseThrow(
                        () -> new RuleViolation("partnershipId", "record.partnership-not-in-scope", partnershipId));
        if (!canWrite.test(caller, partnership)) {
            throw new Forbidden(words.notYoursToCreate());
        }
        return partnership;
    }

    private void recordChange(Caller caller, String action, S before, VersionedRecord<D> record) {
        S after = published(record);
        announce(after);
        history.record(record.kind().label(), record.id(), record.version(), action, caller.username(), before, after);
    }
}
