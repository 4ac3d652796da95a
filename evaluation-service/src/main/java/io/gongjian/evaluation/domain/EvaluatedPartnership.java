package io.gongjian.evaluation.domain;

import io.gongjian.records.domain.Partnership;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What this context knows of a partnership, from the partnership context's events: parties, region, targets, term.
 *
 * @param termStart the first day of the agreement's term; {@code null} only in a row stored before 2.0.0 and not
 *     rebuilt since
 * @param termEnd its last day, likewise
 */
public record EvaluatedPartnership(
        UUID id,
        long version,
        String code,
        String title,
        String status,
        String regionCode,
        UUID universityOrganizationId,
        UUID enterpriseOrganizationId,
        List<UUID> governmentOrganizationIds,
        Map<String, BigDecimal> targets,
        LocalDate termStart,
        LocalDate termEnd)
        implements Partnership {

    public static final String ACTIVE = "ACTIVE";

    /**
     * The statuses a partnership can only have reached through ACTIVE (DOMAIN.md: DRAFT → ACTIVE → SUSPENDED ⇄
     * ACTIVE → TERMINATED, ACTIVE → EXPIRED). A status not listed (DRAFT, or any later stage before activation) is
     * taken as never activated: its scores stay unpublished until the parties' agreement is in force.
     */
    public static final Set<String> ACTIVATED = Set.of(ACTIVE, "SUSPENDED", "TERMINATED", "EXPIRED");

    public EvaluatedPartnership {
        governmentOrganizationIds = List.copyOf(governmentOrganizationIds);
        targets = Map.copyOf(targets);
    }

    public boolean involves(UUID organizationId) {
        return universityOrganizationId.equals(organizationId)
                || enterpriseOrganizationId.equals(organizationId)
                || governmentOrganizationIds.contains(organizationId);
    }

    public boolean isActive() {
        return ACTIVE.equals(status);
    }

    /** Whether it is or was ACTIVE: only such a partnership's scores are published (to viewers, say). */
    public boolean wasActivated() {
        return ACTIVATED.contains(status);
    }
}
