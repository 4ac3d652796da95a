package io.gongjian.partnership.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The commands that move a partnership through its lifecycle, each allowed from some statuses only. */
public enum LifecycleCommand {
    ACTIVATE(Set.of(PartnershipStatus.DRAFT), PartnershipStatus.ACTIVE),
    SUSPEND(Set.of(PartnershipStatus.ACTIVE), PartnershipStatus.SUSPENDED),
    RESUME(Set.of(PartnershipStatus.SUSPENDED), PartnershipStatus.ACTIVE),
    TERMINATE(Set.of(PartnershipStatus.ACTIVE, PartnershipStatus.SUSPENDED), PartnershipStatus.TERMINATED);

    private final Set<PartnershipStatus> from;
    private final PartnershipStatus to;

    LifecycleCommand(Set<PartnershipStatus> from, PartnershipStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(PartnershipStatus status) {
        return from.contains(status);
    }

    public PartnershipStatus target() {
        return to;
    }

    /** The commands a partnership in {@code status} accepts, in lower case as in the API paths. */
    public static List<String> allowedFromStatus(PartnershipStatus status) {
        return Arrays.stream(values())
                .filter(command -> command.allowedFrom(status))
                .map(command -> command.name().toLowerCase())
                .toList();
    }
}
