package io.gongjian.partnership.api;

import io.gongjian.events.CoConstructionMode;
import io.gongjian.partnership.domain.VolumeIndicator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One row of a partnerships spreadsheet: the body of {@code POST /api/v1/partnerships} (the term's start and end as
 * two columns, the modes and government parties as lists in one cell) and, optionally, annual targets of the volume
 * indicators as {@code PUT …/targets} sets them. The body's fields are repeated rather than nested because a row is
 * flat one level deep: the body's own nested term would not become columns.
 */
public record PartnershipRow(
        @NotNull UUID universityOrganizationId,
        @NotNull UUID enterpriseOrganizationId,
        List<UUID> governmentOrganizationIds,
        @NotBlank String title,
        @NotNull LocalDate signedOn,
        @NotNull @Valid AgreementRequest.TermRequest term,
        @NotEmpty Set<CoConstructionMode> modes,
        @NotNull @Valid AnnualTargets targets) {

    PartnershipRequest partnership() {
        return new PartnershipRequest(
                universityOrganizationId,
                enterpriseOrganizationId,
                governmentOrganizationIds,
                title,
                signedOn,
                term,
                modes);
    }

    /**
     * One optional column per volume indicator; checked here as {@code setTargets} checks them (≥ 0, below 10¹², two
     * decimals), so that a report names the column.
     */
    public record AnnualTargets(
            @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal orgActivityFrequencyTarget,
            @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal resTeachingResourcesTarget,
            @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal resResearchProjectsTarget,
            @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal resTalentExchangesTarget,
            @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal socEconomicContributionTarget,
            @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal innPracticesTarget) {

        /** The filled columns, by indicator code, as {@code setTargets} takes them; empty when the row sets none. */
        Map<String, BigDecimal> filled() {
            Map<String, BigDecimal> targets = new LinkedHashMap<>();
            put(targets, VolumeIndicator.ORG_ACTIVITY_FREQUENCY, orgActivityFrequencyTarget);
            put(targets, VolumeIndicator.RES_TEACHING_RESOURCES, resTeachingResourcesTarget);
            put(targets, VolumeIndicator.RES_RESEARCH_PROJECTS, resResearchProjectsTarget);
            put(targets, VolumeIndicator.RES_TALENT_EXCHANGES, resTalentExchangesTarget);
            put(targets, VolumeIndicator.SOC_ECONOMIC_CONTRIBUTION, socEconomicContributionTarget);
            put(targets, VolumeIndicator.INN_PRACTICES, innPracticesTarget);
            return targets;
        }

        private static void put(Map<String, BigDecimal> targets, VolumeIndicator indicator, BigDecimal target) {
            if (target != null) {
                targets.put(indicator.name(), target);
            }
        }
    }
}
