package io.gongjian.activity.application;

import io.gongjian.activity.domain.PartnershipView;
import io.gongjian.commons.security.Caller;

/**
 * Who may see and log what (docs/adr/0004-authorization-in-code-from-token-claims.md): platform admins everything; bureau officers read
 * the records of partnerships in their region; organisation admins log and manage the records of the
 * partnerships their organisation is a party to. Decided from this context's own partnership read model.
 */
final class Scope {

    private Scope() {}

    static boolean canRead(Caller caller, PartnershipView partnership) {
        return caller.seesEverything() || caller.oversees(partnership.regionCode()) || canManage(caller, partnership);
    }

    static boolean canManage(Caller caller, PartnershipView partnership) {
        return caller.seesEverything()
                || caller.managedOrganization().map(partnership::involves).orElse(false);
    }
}
