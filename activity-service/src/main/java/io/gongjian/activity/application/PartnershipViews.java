package io.gongjian.activity.application;

import io.gongjian.activity.domain.PartnershipView;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Port: this context's read model of partnerships, kept from the partnership context's events. */
public interface PartnershipViews {

    Optional<PartnershipView> find(UUID partnershipId);

    /** Stores the state unless the stored one is as new or newer; returns whether it was stored. */
    boolean apply(PartnershipView partnership);

    /** The partnerships an organisation is a party to. */
    Set<UUID> involving(UUID organizationId);
}
