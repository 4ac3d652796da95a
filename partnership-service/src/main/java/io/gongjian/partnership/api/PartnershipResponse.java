package io.gongjian.partnership.api;

import io.gongjian.events.CoConstructionMode;
import io.gongjian.events.Side;
import io.gongjian.export.ExportColumn;
import io.gongjian.export.TableExport;
import io.gongjian.partnership.domain.KeyProject;
import io.gongjian.partnership.domain.KeyProjectStatus;
import io.gongjian.partnership.domain.LifecycleCommand;
import io.gongjian.partnership.domain.Partnership;
import io.gongjian.partnership.domain.PartnershipStatus;
import io.gongjian.partnership.domain.VolumeIndicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
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

    static final TableExport<PartnershipResponse> TABLE = new TableExport<>("共建项目 Partnerships", columns());

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

    /** The list as a spreadsheet: the JSON fields, key projects counted, a column per volume indicator's target. */
    private static List<ExportColumn<PartnershipResponse>> columns() {
        List<ExportColumn<PartnershipResponse>> columns = new ArrayList<>(List.of(
                ExportColumn.of("项目编号", "code", PartnershipResponse::code),
                ExportColumn.of("名称", "title", PartnershipResponse::title),
                ExportColumn.label("状态", "status", row -> PartnershipStatus.valueOf(row.status())),
                ExportColumn.of("行政区划", "region code", PartnershipResponse::regionCode),
                ExportColumn.of("签约日期", "signed on", PartnershipResponse::signedOn),
                ExportColumn.of("起始日期", "term start", row -> row.term().start()),
                ExportColumn.of("终止日期", "term end", row -> row.term().end()),
                ExportColumn.labels("共建模式", "modes", PartnershipResponse::modes),
                ExportColumn.of("高校组织编号", "university organisation id", PartnershipResponse::universityOrganizationId),
                ExportColumn.of("企业组织编号", "enterprise organisation id", PartnershipResponse::enterpriseOrganizationId),
                ExportColumn.of("政府部门编号", "government organisation ids", row -> row.governmentOrganizationIds().stream()
                        .map(UUID::toString)
                        .collect(Collectors.joining("\n"))),
                ExportColumn.of(
                        "重点工程数", "key projects", row -> row.keyProjects().size())));
        for (VolumeIndicator indicator : VolumeIndicator.values()) {
            columns.add(ExportColumn.of(
                    "年度目标", "target " + indicator.name(), row -> row.targets().get(indicator.name())));
        }
        columns.add(ExportColumn.of("编号", "id", PartnershipResponse::id));
        columns.add(ExportColumn.of("版本", "version", PartnershipResponse::version));
        return columns;
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
