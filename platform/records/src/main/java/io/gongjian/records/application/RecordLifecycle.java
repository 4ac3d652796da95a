package io.gongjian.records.application;

import io.gongjian.commons.domain.Forbidden;
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
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
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
    protected VersionedRecord<D> newRecord(UUID id, UUID partnershipId, D details) {
        return VersionedRecord.create(id, partnershipId, details);
    }

    /** Runs a write; a service overrides it to run more around every write (e.g. rescore what it moved). */
    protected VersionedRecord<D> write(Supplier<VersionedRecord<D>> change) {
        return change.get();
    }

    @Transactional
    public VersionedRecord<D> create(Caller caller, UUID partnershipId, D details) {
        return write(() -> {
            P partnership = writablePartnership(caller, partnershipId);
            checkNew(partnership, details);
            VersionedRecord<D> record = newRecord(UUID.randomUUID(), partnershipId, details);
            store().add(record, partnership.regionCode());
            recordChange(caller, words.created(), null, record);
            return record;
        });
    }

    /** @param partnershipId the partnership the amendment names, if it names one: it must be the record's own */
    @Transactional
    public VersionedRecord<D> amend(
            Caller caller, Kind kind, UUID id, long expectedVersion, UUID partnershipId, D details) {
        return write(() -> change(caller, kind, id, canWrite, "amended", (record, partnership) -> {
            if (partnershipId != null && !partnershipId.equals(record.partnershipId())) {
                throw new RuleViolation("partnershipId", words.cannotMove());
            }
            StaleVersion.check(expectedVersion, record.version());
            record.amend(checkAmendment(partnership, record, details));
        }));
    }

    /** Revokes or withdraws, as the kind says. */
    @Transactional
    public VersionedRecord<D> close(Caller caller, Kind kind, UUID id, String reason) {
        return write(() -> change(
                caller,
                kind,
                id,
                canWrite,
                kind.closing().participle(),
                (record, partnership) -> record.close(reason)));
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
        S before = published(record);
        command.accept(record, partnership);
        store().update(record);
        recordChange(caller, action, before, record);
        return record;
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
