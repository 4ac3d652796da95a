package io.gongjian.evaluation.application;

import io.gongjian.commons.security.Caller;
import io.gongjian.commons.security.Role;
import io.gongjian.evaluation.domain.EvaluatedPartnership;

/**
 * Who may see and do what here (docs/adr/0004-authorization-in-code-from-token-claims.md): platform admins everything; bureau officers
 * read everything in their region and record inputs there; organisation admins read their own partnerships' scores,
 * history and inputs and complete their rectification items; viewers read published scores (of partnerships that
 * are or were ACTIVE) and rankings.
 */
final class Scope {

    private Scope() {}

    /**
     * Whether the partnership exists for the caller at all; outside it, everything answers 404. Viewers see the
     * published scores only: those of partnerships that are or were ACTIVE, never a draft's (nor whether it exists).
     */
    static boolean sees(Caller caller, EvaluatedPartnership partnership) {
        return readsDetails(caller, partnership) || (caller.has(Role.VIEWER) && partnership.wasActivated());
    }

    /** History and inputs: what a viewer does not read. */
    static boolean readsDetails(Caller caller, EvaluatedPartnership partnership) {
        return caller.seesEverything()
                || caller.oversees(partnership.regionCode())
                || caller.managedOrganization().map(partnership::involves).orElse(false);
    }

    static boolean recordsInputs(Caller caller, EvaluatedPartnership partnership) {
        return caller.seesEverything() || caller.oversees(partnership.regionCode());
    }

    static boolean completesRectifications(Caller caller, EvaluatedPartnership partnership) {
        return recordsInputs(caller, partnership)
                || caller.managedOrganization().map(partnership::involves).orElse(false);
    }
}
