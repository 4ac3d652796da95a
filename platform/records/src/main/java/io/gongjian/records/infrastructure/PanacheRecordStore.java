package io.gongjian.records.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.PartnershipVisibility;
import io.gongjian.records.application.BulkRecording;
import io.gongjian.records.application.RecordQuery;
import io.gongjian.records.application.RecordStore;
import io.gongjian.records.domain.Details;
import io.gongjian.records.domain.Kind;
import io.gongjian.records.domain.VersionedRecord;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Keeps a service's versioned records in one table, through a Panache repository of its rows. A service's store
 * says how its rows are made, which details type each kind reads back as, and the filters only its table has.
 *
 * @param <D> what the service's records say
 * @param <E> the service's row entity
 */
public abstract class PanacheRecordStore<D extends Details, E extends RecordRow> implements RecordStore<D> {

    @Inject
    ObjectMapper json;

    @Inject
    TransactionSynchronizationRegistry transactions;

    protected abstract PanacheRepositoryBase<E, UUID> rows();

    protected abstract E newRow();

    /** The details type a row of {@code kind} reads back as. */
    protected abstract Class<? extends D> detailsType(String kind);

    /** Copies what the service's own columns hold (type codes, links between records). */
    protected void copyColumns(D details, E row) {}

    /** Adds the filters of {@code query} that only this table has: its type code and further fields. */
    protected abstract void filter(RecordQuery query, ListQuery list);

    /** Makes the record of a row; a service whose records carry more overrides it. */
    protected VersionedRecord<D> restore(E row, D details) {
        return VersionedRecord.restore(
                row.id, row.partnershipId, row.externalRef, details, row.status, row.closingReason, row.version);
    }

    @Override
    public Optional<VersionedRecord<D>> find(Kind kind, UUID id) {
        return rows().findByIdOptional(id)
                .filter(row -> row.kind.equals(kind.name()))
                .map(this::toDomain);
    }

    @Override
    public Optional<VersionedRecord<D>> findForUpdate(Kind kind, UUID id) {
        return rows().findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(row -> row.kind.equals(kind.name()))
                .map(this::toDomain);
    }

    @Override
    public Optional<VersionedRecord<D>> findForUpdate(Kind kind, UUID partnershipId, String externalRef) {
        // A row lock cannot queue the second of two first recordings: there is no row yet. A lock on the reference
        // itself can (or, recording in bulk, one on the partnership); the unique index behind it is the last guard.
        String partnership = kind.name() + '/' + partnershipId;
        if (BulkRecording.declared(transactions)) {
            if (BulkRecording.firstFor(transactions, partnership)) {
                lock("pg_advisory_xact_lock", partnership);
            }
        } else {
            lock("pg_advisory_xact_lock_shared", partnership);
            lock("pg_advisory_xact_lock", partnership + '/' + externalRef);
        }
        return rows().find(
                        "kind = ?1 and partnershipId = ?2 and externalRef = ?3",
                        kind.name(),
                        partnershipId,
                        externalRef)
                .firstResultOptional()
                .map(this::toDomain);
    }

    /** Takes a transaction-level advisory lock, by {@code function}, on the hash of {@code name}. */
    private void lock(String function, String name) {
        rows().getEntityManager()
                .createNativeQuery("select 1 from " + function + "(hashtextextended(:name, 0))")
                .setParameter("name", name)
                .getSingleResult();
    }

    @Override
    public void add(VersionedRecord<D> record, String regionCode) {
        E row = newRow();
        row.id = record.id();
        row.kind = record.kind().name();
        row.partnershipId = record.partnershipId();
        row.externalRef = record.externalRef();
        row.regionCode = regionCode;
        copy(record, row);
        rows().persist(row);
    }

    @Override
    public void update(VersionedRecord<D> record) {
        copy(record, rows().findById(record.id()));
    }

    @Override
    public Page<VersionedRecord<D>> search(RecordQuery query, PartnershipVisibility visibility, PageRequest page) {
        return list(query, visibility).page(rows()::find, page).map(this::toDomain);
    }

    @Override
    public void forEach(
            RecordQuery query, PartnershipVisibility visibility, PageRequest order, Consumer<VersionedRecord<D>> each) {
        list(query, visibility).forEach(rows()::find, order, row -> each.accept(toDomain(row)));
    }

    private ListQuery list(RecordQuery query, PartnershipVisibility visibility) {
        ListQuery list = ListQuery.visibleTo(visibility)
                .and("kind = :kind", "kind", query.kind().name())
                .and("partnershipId = :partnership", "partnership", query.partnershipId())
                .and("businessDate >= :from", "from", query.from())
                .and("businessDate <= :to", "to", query.to())
                .and("status = :status", "status", query.status())
                .and(
                        "externalRef = :externalRef",
                        "externalRef",
                        query.matching().get(RecordQuery.EXTERNAL_REF));
        filter(query, list);
        return list;
    }

    /** What a row's record says. */
    protected D details(E row) {
        try {
            return json.readValue(row.details, detailsType(row.kind));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable " + row.kind + " " + row.id, e);
        }
    }

    private VersionedRecord<D> toDomain(E row) {
        return restore(row, details(row));
    }

    private void copy(VersionedRecord<D> record, E row) {
        row.businessDate = record.details().businessDate();
        row.status = record.status();
        row.closingReason = record.closingReason();
        row.version = record.version();
        row.updatedAt = OffsetDateTime.now();
        copyColumns(record.details(), row);
        try {
            row.details = json.writeValueAsString(record.details());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + record.kind().label() + " " + record.id(), e);
        }
    }
}
