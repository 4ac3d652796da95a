package io.gongjian.partnership.api;

import io.gongjian.events.CoConstructionMode;
import io.gongjian.partnership.application.PartnershipService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PartnershipRequest",
        description = "A new partnership: its parties and its agreement (created as DRAFT)")
public record PartnershipRequest(
        @NotNull @Schema(example = "45020000-0000-4000-8000-000000000001") UUID universityOrganizationId,
        @NotNull @Schema(example = "45020000-0000-4000-8000-000000000002") UUID enterpriseOrganizationId,
        @Schema(description = "Optional further GOVERNMENT parties") List<UUID> governmentOrganizationIds,
        @NotBlank @Schema(example = "柳州职业技术大学 × 广西汽车集团 校企党建共建") String title,
        @NotNull @Schema(example = "2024-03-15") LocalDate signedOn,
        @NotNull @Valid AgreementRequest.TermRequest term,
        @NotEmpty @Schema(example = "[\"IDEOLOGY\", \"ORGANIZATION\", \"TALENT\", \"INNOVATION\", \"CULTURE\"]")
                Set<CoConstructionMode> modes) {

    PartnershipService.Draft toDraft() {
        return new PartnershipService.Draft(
                universityOrganizationId,
                enterpriseOrganizationId,
                governmentOrganizationIds == null ? List.of() : governmentOrganizationIds,
                new AgreementRequest(title, signedOn, term, modes).toAgreement());
    }
}
