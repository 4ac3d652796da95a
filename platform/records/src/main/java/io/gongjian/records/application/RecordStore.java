package io.gongjian.records.application;

import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.PartnershipVisibility;
import io.gongjian.records.domain.Details;
import io.gongjian.records.domain.Kind;
import io.gongjian.records.domain.VersionedRecord;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Port: where a service keeps its versioned records. */
public interface RecordStore<D extends Details> {

    Optional<VersionedRecord<D>> find(Kind kind, UUID id);

    /** Reads and locks for the rest of the transaction, so that concurrent changes queue up. */
    Optional<VersionedRecord<D>> findForUpdate(Kind kind, UUID id);

    /**
     * The record of {@code kind} that a partnership's caller recorded under {@code externalRef}, locked as
     * {@link #findForUpdate(Kind, UUID)} locks; while the transaction lasts, nobody else records under that reference.
     */
    Optional<VersionedRecord<D>> findForUpdate(Kind kind, UUID partnershipId, String externalRef);

    /** @param regionCode the region of the record's partnership, for region-bound lists */
    void add(VersionedRecord<D> record, String regionCode);

    void update(VersionedRecord<D> record);

    /** What {@code visibility} lets the caller see of what {@code query} asks for, one page of it. */
    Page<VersionedRecord<D>> search(RecordQuery query, PartnershipVisibility visibility, PageRequest page);

    /**
     * All of what {@link #search} would page through, in its order (the page and size of {@code order} do not
     * apply), one record at a time, without holding them all: for an export.
     */
    void forEach(
            RecordQuery query, PartnershipVisibility visibility, PageRequest order, Consumer<VersionedRecord<D>> each);
}
