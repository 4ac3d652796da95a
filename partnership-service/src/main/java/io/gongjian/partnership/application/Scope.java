package io.gongjian.partnership.application;

import io.gongjian.commons.security.Caller;
import io.gongjian.commons.security.Role;
import io.gongjian.events.Side;
import io.gongjian.partnership.domain.Organization;
import io.gongjian.partnership.domain.Partnership;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Who may see and change what in the partnership context (docs/domain.md, "Who sees what"):
 * platform admins everything; bureau officers read what lies in their region and activate agreements signed
 * there; organisation admins manage their own organisation and the partnerships it is a party to, and see the
 * organisations they have an agreed partnership with ({@code partnersOf} counts no drafts).
 */
final class Scope {

    private Scope() {}

    static boolean canRead(Caller caller, Partnership partnership) {
        return caller.seesEverything()
                || caller.oversees(partnership.regionCode().value())
                || caller.managedOrganization().map(partnership::involves).orElse(false);
    }

    static boolean canManage(Caller caller, Partnership partnership) {
        return caller.seesEverything() || sideOf(caller, partnership).isPresent();
    }

    /** Activation on the record of a signed agreement: the bureau of the region, or a platform admin. */
    static boolean canActivate(Caller caller, Partnership partnership) {
        return caller.seesEverything()
                || caller.oversees(partnership.regionCode().value());
    }

    /** The side (university or enterprise) whose organisation the caller administers, if any. */
    static Optional<Side> sideOf(Caller caller, Partnership partnership) {
        return caller.managedOrganization().flatMap(partnership::sideOf);
    }

    /** The side an organisation admin drafts for: its organisation must be the university or the enterprise. */
    static Optional<Side> draftingSide(Caller caller, UUID university, UUID enterprise) {
        return caller.managedOrganization().flatMap(own -> {
            if (own.equals(university)) {
                return Optional.of(Side.UNIVERSITY);
            }
            return own.equals(enterprise) ? Optional.of(Side.ENTERPRISE) : Optional.empty();
        });
    }

    static boolean canRead(Caller caller, Organization organization, Function<UUID, Set<UUID>> partnersOf) {
        return caller.seesEverything()
                || caller.oversees(organization.regionCode().value())
                || caller.managedOrganization()
                        .map(own -> partnersOf.apply(own).contains(organization.id()))
                        .orElse(false);
    }

    static boolean canManage(Caller caller, Organization organization) {
        return caller.seesEverything() || caller.manages(organization.id().toString());
    }

    /** What the caller's lists may contain. */
    static Visibility visibility(Caller caller, Function<UUID, Set<UUID>> partnersOf, boolean partnershipList) {
        if (caller.seesEverything()) {
            return Visibility.all();
        }
        if (caller.has(Role.BUREAU_OFFICER) && caller.region().isPresent()) {
            return Visibility.region(caller.region().get());
        }
        return caller.managedOrganization()
                .map(own -> Visibility.organizations(partnershipList ? Set.of(own) : partnersOf.apply(own)))
                .orElse(Visibility.organizations(Set.of()));
    }
}
