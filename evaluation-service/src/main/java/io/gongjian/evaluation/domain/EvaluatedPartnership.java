package io.gongjian.evaluation.domain;

import io.gongjian.records.domain.Partnership;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What this context knows of a partnership, from the partnership context's events: parties, region, targets. */
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
        Map<String, BigDecimal> targets)
        implements Partnership {

    public static final String ACTIVE = "ACTIVE";

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
}
