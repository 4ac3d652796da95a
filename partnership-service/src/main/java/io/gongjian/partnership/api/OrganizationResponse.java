package io.gongjian.partnership.api;

import io.gongjian.partnership.domain.Organization;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organization")
public record OrganizationResponse(
        UUID id,
        @Schema(description = "Send it back in If-Match when you update") long version,
        String name,
        @Schema(enumeration = {"UNIVERSITY", "ENTERPRISE", "GOVERNMENT"}) String kind,
        @Schema(enumeration = {"COMMITTEE", "GENERAL_BRANCH", "BRANCH"}) String level,
        String institution,
        String creditCode,
        String regionCode,
        @Schema(description = "Universities: the 10-digit school code (学校代码), when given", nullable = true)
                String schoolCode,
        @Schema(description = "The count effective today, if any is known", nullable = true) Integer currentMemberCount,
        List<MemberCountRequest> memberCounts) {

    static OrganizationResponse of(Organization organization, LocalDate today) {
        var profile = organization.profile();
        return new OrganizationResponse(
                organization.id(),
                organization.version(),
                profile.name(),
                profile.kind().name(),
                profile.level().name(),
                profile.institution(),
                profile.creditCode().value(),
                profile.regionCode().value(),
                profile.schoolCode() == null ? null : profile.schoolCode().value(),
                organization.memberCountOn(today).orElse(null),
                organization.memberCounts().stream()
                        .map(count -> new MemberCountRequest(count.count(), count.effectiveOn()))
                        .toList());
    }
}
