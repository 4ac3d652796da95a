package io.gongjian.records.api;

import io.gongjian.records.domain.Details;
import java.util.UUID;

/**
 * A request body that records or amends one record: the partnership it belongs to, the caller's own id for it if
 * any, and what it says.
 */
public interface RecordRequest<D extends Details> {

    /** How every request documents {@link #externalRef()}. */
    String EXTERNAL_REF_DESCRIPTION = "Your own id for the record (e.g. your system's key), unique per partnership and"
            + " kind; it cannot change. Recording again with the same id and the same content changes nothing (200 with"
            + " the record); with other content it is refused (409 naming the record: amend that one).";

    UUID partnershipId();

    /** The caller's own id for the record, unique per partnership and kind; {@code null} if none. */
    String externalRef();

    D toDetails();
}
