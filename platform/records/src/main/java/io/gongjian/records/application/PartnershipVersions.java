package io.gongjian.records.application;

import java.util.OptionalLong;
import java.util.UUID;

/** Port: the version this service's copy of a partnership is at, read afresh from the database each time. */
public interface PartnershipVersions {

    /** Empty when the service has no copy of it yet, or keeps none (the partnership service itself). */
    OptionalLong of(UUID partnershipId);

    /** Whether this service keeps a copy of the partnerships at all. */
    boolean keepsCopies();
}
