package io.gongjian.partnership.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Port: who changed what, when — one entry per change of an organisation or a partnership. */
public interface ChangeHistory {

    /**
     * Records a change as the fields that differ between two states of the record.
     *
     * @param before the state before the change, {@code null} when the record was created
     * @param after the state after the change
     */
    void record(RecordType type, UUID recordId, long version, String action, String actor, Object before, Object after);

    /** Oldest first. */
    List<Entry> of(RecordType type, UUID recordId);

    enum RecordType {
        ORGANIZATION,
        PARTNERSHIP
    }

    /** @param changes field → {"from": …, "to": …} */
    record Entry(
            long version, String action, String actor, OffsetDateTime at, Map<String, Map<String, Object>> changes) {}
}
