package io.gongjian.activity.domain;

import io.gongjian.records.domain.Partnership;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What this context knows of a partnership, learnt from the partnership context's events. */
public record PartnershipView(
        UUID id,
        long version,
        String status,
        String regionCode,
        LocalDate termStart,
        LocalDate termEnd,
        UUID universityOrganizationId,
        UUID enterpriseOrganizationId,
        List<UUID> governmentOrganizationIds)
        implements Partnership {

    public PartnershipView {
        governmentOrganizationIds = List.copyOf(governmentOrganizationIds);
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    public boolean involves(UUID organizationId) {
        return universityOrganizationId.equals(organizationId)
                || enterpriseOrganizationId.equals(organizationId)
                || governmentOrganizationIds.contains(organizationId);
    }
}
