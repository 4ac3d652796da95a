package io.gongjian.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Full current state of a partnership after any change (agreement, status, targets, key projects).
 * Consumers keep the one with the highest {@code version}.
 */
public record PartnershipChanged(
        UUID id,
        long version,
        String code,
        String title,
        String status,
        UUID universityOrganizationId,
        UUID enterpriseOrganizationId,
        List<UUID> governmentOrganizationIds,
        String regionCode,
        LocalDate signedOn,
        LocalDate termStart,
        LocalDate termEnd,
        List<String> modes,
        Map<String, BigDecimal> targets,
        List<KeyProject> keyProjects)
        implements PartnershipEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.partnership(this);
    }

    public record KeyProject(UUID id, String title, String mode, String leadSide, LocalDate dueOn, String status) {}
}
