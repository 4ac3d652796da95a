package io.gongjian.partnership.application;

import java.util.Set;
import java.util.UUID;

/**
 * What a caller may see in a list: everything, a region prefix, or the records of some organisations.
 * Lists apply it in the query, so they only ever contain what the caller may see.
 */
public record Visibility(boolean everything, String regionPrefix, Set<UUID> organizationIds) {

    public static Visibility all() {
        return new Visibility(true, null, Set.of());
    }

    public static Visibility region(String prefix) {
        return new Visibility(false, prefix, Set.of());
    }

    public static Visibility organizations(Set<UUID> ids) {
        return new Visibility(false, null, Set.copyOf(ids));
    }
}
