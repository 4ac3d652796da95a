package io.gongjian.activity.application;

import io.gongjian.activity.domain.RecordKind;
import io.gongjian.activity.domain.TrackedRecord;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.PartnershipVisibility;
import java.util.Optional;
import java.util.UUID;

/** Port: where the logged records are kept. */
public interface RecordRepository {

    Optional<TrackedRecord<?>> find(RecordKind kind, UUID id);

    /** Reads and locks for the rest of the transaction, so that concurrent changes queue up. */
    Optional<TrackedRecord<?>> findForUpdate(RecordKind kind, UUID id);

    void add(TrackedRecord<?> record, String regionCode);

    void update(TrackedRecord<?> record);

    /** How many conversions of an achievement are not revoked. */
    long activeConversionsOf(UUID achievementId);

    Page<TrackedRecord<?>> search(RecordQuery query, PartnershipVisibility visibility, PageRequest page);
}
