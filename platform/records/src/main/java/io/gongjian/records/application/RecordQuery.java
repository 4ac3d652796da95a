package io.gongjian.records.application;

import io.gongjian.records.domain.Kind;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The filters of a record list; {@code null} means any.
 *
 * @param type the type code of the kind (JOINT_STUDY for activities, ORG_CONSTRUCTION for assessments, …)
 * @param from business dates on or after
 * @param status ACTIVE, or the status of the kind's closing (REVOKED, WITHDRAWN)
 * @param matching further fields one kind of record is filtered on, by name (activities: mode)
 */
public record RecordQuery(
        Kind kind,
        UUID partnershipId,
        String type,
        LocalDate from,
        LocalDate to,
        String status,
        Map<String, Object> matching) {

    /** The {@link #matching} field of the caller's own id for a record, which every record has. */
    public static final String EXTERNAL_REF = "externalRef";

    public RecordQuery {
        matching = Map.copyOf(matching);
    }

    /** The same query, also matching {@code field} when {@code value} is set; an enum value matches by its name. */
    public RecordQuery matching(String field, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, Object> more = new HashMap<>(matching);
        more.put(field, value instanceof Enum<?> constant ? constant.name() : value);
        return new RecordQuery(kind, partnershipId, type, from, to, status, more);
    }
}
