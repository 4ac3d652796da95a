package io.gongjian.evaluation.application;

import io.gongjian.commons.domain.Forbidden;
import io.gongjian.commons.domain.NotFound;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.commons.security.Caller;
import io.gongjian.commons.security.Role;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import java.util.regex.Pattern;

/**
 * Who may see and do what here (docs/adr/0004-authorization-in-code-from-token-claims.md): platform admins everything; bureau officers
 * read everything in their region and record inputs there; organisation admins read their own partnerships' scores,
 * history and inputs and complete their rectification items; viewers read published scores (of partnerships that
 * are or were ACTIVE) and rankings.
 */
final class Scope {

    private static final Pattern REGION_PREFIX = Pattern.compile("\\d{2}|\\d{4}|\\d{6}");

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

    /**
     * The region-code prefix a list over regions covers (rankings, national data): the one asked for, within a bureau
     * officer's own region (its own when none is asked for; 404 for one outside it); any for platform admins and
     * viewers; refused to everyone else.
     */
    static String regionInReach(Caller caller, String requested) {
        String region = regionPrefix(requested);
        if (caller.seesEverything() || caller.has(Role.VIEWER)) {
            return region;
        }
        if (caller.has(Role.BUREAU_OFFICER) && caller.region().isPresent()) {
            String own = caller.region().get();
            if (region.isEmpty()) {
                return own;
            }
            if (!region.startsWith(own)) {
                throw new NotFound("region", region);
            }
            return region;
        }
        throw new Forbidden("score.rankings-roles");
    }

    /** The {@code region} filter of a list: a region-code prefix, or empty for all regions. */
    static String regionPrefix(String requested) {
        String region = requested == null ? "" : requested.strip();
        if (!region.isEmpty() && !REGION_PREFIX.matcher(region).matches()) {
            throw new RuleViolation("region", "score.region-prefix");
        }
        return region;
    }

    static boolean recordsInputs(Caller caller, EvaluatedPartnership partnership) {
        return caller.seesEverything() || caller.oversees(partnership.regionCode());
    }

    static boolean completesRectifications(Caller caller, EvaluatedPartnership partnership) {
        return recordsInputs(caller, partnership)
                || caller.managedOrganization().map(partnership::involves).orElse(false);
    }
}
