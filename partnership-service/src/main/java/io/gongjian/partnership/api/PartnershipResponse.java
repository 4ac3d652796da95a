package io.gongjian.partnership.api;

import io.gongjian.events.CoConstructionMode;
import io.gongjian.events.Side;
import io.gongjian.partnership.domain.KeyProject;
import io.gongjian.partnership.domain.KeyProjectStatus;
import io.gongjian.partnership.domain.LifecycleCommand;
import io.gongjian.partnership.domain.Partnership;
import io.gongjian.partnership.domain.PartnershipStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Partnership")
public record PartnershipResponse(
        UUID id,
        @Schema(description = "Send it back in If-Match when you update") long version,
        @Schema(example = "GJ-450200-2024-001") String code,
        String title,
        @Schema(enumeration = {"DRAFT", "ACTIVE", "SUSPENDED", "TERMINATED", "EXPIRED"}) String status,
        @Schema(description = "Lifecycle commands the current status accepts", example = "[\"suspend\", \"terminate\"]")
                List<String> allowedCommands,
        @Schema(
                        description = "DRAFT only: the sides that have agreed to the draft as it stands",
                        example = "[\"UNIVERSITY\"]")
                List<String> confirmedBy,
        @Schema(
                        description = "DRAFT only: the sides whose admin still has to confirm it (POST …/confirm)",
                        example = "[\"ENTERPRISE\"]")
                List<String> awaitingConfirmationFrom,
        UUID universityOrganizationId,
        UUID enterpriseOrganizationId,
        List<UUID> governmentOrganizationIds,
        @Schema(description = "The university side's region code", example = "450200") String regionCode,
        LocalDate signedOn,
        AgreementRequest.TermRequest term,
        List<CoConstructionMode> modes,
        @Schema(description = "Annual targets of the volume indicators set by the agreement")
                Map<String, BigDecimal> targets,
        List<KeyProjectResponse> keyProjects) {

    @Schema(name = "KeyProject")
    public record KeyProjectResponse(
            UUID id, String title, CoConstructionMode mode, Side leadSide, LocalDate dueOn, KeyProjectStatus status) {
        static KeyProjectResponse of(KeyProject project) {
            return new KeyProjectResponse(
                    project.id(),
                    project.title(),
                    project.mode(),
                    project.leadSide(),
                    project.dueOn(),
                    project.status());
        }
    }

    static PartnershipResponse of(Partnership partnership) {
        var agreement = partnership.agreement();
        boolean draft = partnership.status() == PartnershipStatus.DRAFT;
        return new PartnershipResponse(
                partnership.id(),
                partnership.version(),
                partnership.code(),
                agreement.title(),
                partnership.status().name(),
                LifecycleCommand.allowedFromStatus(partnership.status()),
                draft ? names(partnership.consent().agreed()) : List.of(),
                draft ? names(partnership.consent().awaited()) : List.of(),
                partnership.parties().universityOrganizationId(),
                partnership.parties().enterpriseOrganizationId(),
                partnership.parties().governmentOrganizationIds(),
                partnership.regionCode().value(),
                agreement.signedOn(),
                new AgreementRequest.TermRequest(
                        agreement.term().start(), agreement.term().end()),
                agreement.modes().stream().sorted().toList(),
                targets(partnership),
                partnership.keyProjects().stream().map(KeyProjectResponse::of).toList());
    }

    static Map<String, BigDecimal> targets(Partnership partnership) {
        Map<String, BigDecimal> targets = new TreeMap<>();
        partnership.targets().forEach((indicator, target) -> targets.put(indicator.name(), target));
        return targets;
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }
}
