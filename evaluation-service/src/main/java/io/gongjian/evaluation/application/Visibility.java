package io.gongjian.evaluation.application;

import java.util.Set;
import java.util.UUID;

/** What a caller's lists may contain: everything, a region prefix, or the inputs of some partnerships. */
public record Visibility(boolean everything, String regionPrefix, Set<UUID> partnershipIds) {

    public static Visibility all() {
        return new Visibility(true, null, Set.of());
    }

    public static Visibility region(String prefix) {
        return new Visibility(false, prefix, Set.of());
    }

    public static Visibility partnerships(Set<UUID> ids) {
        return new Visibility(false, null, Set.copyOf(ids));
    }
}
