package io.gongjian.commons.security;

import java.util.Set;
import java.util.UUID;

/**
 * What a caller's lists of partnership-bound items (records, evaluator inputs) may contain: everything, a region
 * prefix, or the items of some partnerships. Lists apply it in the query, so they only ever hold what the caller
 * may see.
 */
public record PartnershipVisibility(boolean everything, String regionPrefix, Set<UUID> partnershipIds) {

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
