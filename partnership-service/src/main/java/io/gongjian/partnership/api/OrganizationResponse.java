package io.gongjian.partnership.api;

import io.gongjian.export.ExportColumn;
import io.gongjian.export.TableExport;
import io.gongjian.partnership.domain.Organization;
import io.gongjian.partnership.domain.OrganizationKind;
import io.gongjian.partnership.domain.PartyLevel;
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

    /** The list as a spreadsheet: the JSON fields, with today's member count; the history stays in the JSON. */
    static final TableExport<OrganizationResponse> TABLE = new TableExport<>(
            "组织 Organisations",
            List.of(
                    ExportColumn.of("名称", "name", OrganizationResponse::name),
                    ExportColumn.label("类别", "kind", row -> OrganizationKind.valueOf(row.kind())),
                    ExportColumn.label("党组织层级", "level", row -> PartyLevel.valueOf(row.level())),
                    ExportColumn.of("所属单位", "institution", OrganizationResponse::institution),
                    ExportColumn.of("统一社会信用代码", "credit code", OrganizationResponse::creditCode),
                    ExportColumn.of("学校代码", "school code", OrganizationResponse::schoolCode),
                    ExportColumn.of("行政区划", "region code", OrganizationResponse::regionCode),
                    ExportColumn.of("党员人数", "current member count", OrganizationResponse::currentMemberCount),
                    ExportColumn.of("编号", "id", OrganizationResponse::id),
                    ExportColumn.of("版本", "version", OrganizationResponse::version)));

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
