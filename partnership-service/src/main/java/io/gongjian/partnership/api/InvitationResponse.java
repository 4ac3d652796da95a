package io.gongjian.partnership.api;

import io.gongjian.partnership.application.PartnershipService;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Invitation",
        description = "A draft agreement that waits for your organisation's confirmation (POST …/{id}/confirm with"
                + " If-Match: the version)")
public record InvitationResponse(
        UUID partnershipId,
        @Schema(description = "The version to confirm, in If-Match") long version,
        @Schema(example = "GJ-450200-2026-004") String code,
        @Schema(example = "柳州职业技术大学 × 广西汽车集团 校企党建共建") String title,
        @Schema(
                        description = "The side your organisation is on",
                        enumeration = {"UNIVERSITY", "ENTERPRISE"})
                String yourSide,
        @Schema(
                        description =
                                "The organisation that drafted it or last changed it; null when a platform admin did",
                        nullable = true)
                RegisterEntryResponse invitedBy) {

    static InvitationResponse of(PartnershipService.Invitation invitation) {
        var partnership = invitation.partnership();
        return new InvitationResponse(
                partnership.id(),
                partnership.version(),
                partnership.code(),
                partnership.agreement().title(),
                invitation.side().name(),
                invitation.invitedBy().map(RegisterEntryResponse::of).orElse(null));
    }
}
