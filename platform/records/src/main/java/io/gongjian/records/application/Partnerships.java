package io.gongjian.records.application;

import io.gongjian.records.domain.Partnership;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Port: the partnerships a service knows, from the partnership context's events. */
public interface Partnerships<P extends Partnership> {

    Optional<P> find(UUID partnershipId);

    /** The partnerships an organisation is a party to. */
    Set<UUID> involving(UUID organizationId);
}
