package io.gongjian.commons.security;

import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a caller's lists of partnership-bound items (records, evaluator inputs) may contain: everything, a region
 * prefix, or the items of some partnerships. Lists apply it in the query, so they only ever hold what the caller
 * may see.
 */
public record PartnershipVisibility(boolean everything, String regionPrefix, Set<UUID> partnershipIds) {

    /**
     * A caller's sight over partnership-bound lists: platform admins everything, bureau officers their region,
     * organisation admins the partnerships their organisation is party to, anyone else nothing.
     *
     * @param partnershipsInvolving the partnerships an organisation is party to, from the service's read model
     */
    public static PartnershipVisibility of(Caller caller, Function<UUID, Set<UUID>> partnershipsInvolving) {
        if (caller.seesEverything()) {
            return all();
        }
        if (caller.has(Role.BUREAU_OFFICER) && caller.region().isPresent()) {
            return region(caller.region().get());
        }
        return partnerships(
                caller.managedOrganization().map(partnershipsInvolving).orElse(Set.of()));
    }

    public static PartnershipVisibility all() {
        return new PartnershipVisibility(true, null, Set.of());
    }

    public static PartnershipVisibility region(String prefix) {
        return new PartnershipVisibility(false, prefix, Set.of());
    }

    public static PartnershipVisibility partnerships(Set<UUID> ids) {
        return new PartnershipVisibility(false, null, Set.copyOf(ids));
    }
}
