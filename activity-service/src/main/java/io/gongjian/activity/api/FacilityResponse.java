package io.gongjian.activity.api;

import io.gongjian.activity.domain.FacilityDetails;
import io.gongjian.activity.domain.FacilityKind;
import io.gongjian.events.CoConstructionMode;
import io.gongjian.events.Side;
import io.gongjian.export.ExportColumn;
import io.gongjian.export.TableExport;
import io.gongjian.records.domain.VersionedRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Facility")
public record FacilityResponse(
        UUID id,
        UUID partnershipId,
        @Schema(nullable = true, description = "Your own id for it, if you gave one") String externalRef,
        @Schema(description = "Send it back in If-Match when you amend or close it") long version,
        @Schema(enumeration = {"ACTIVE", "REVOKED"}) String status,
        @Schema(nullable = true) String revocationReason,
        FacilityKind kind,
        String name,
        CoConstructionMode mode,
        @Schema(enumeration = {"UNIVERSITY", "ENTERPRISE"}) String hostSide,
        LocalDate openedOn,
        @Schema(nullable = true, description = "Its last open day; null while it is open") LocalDate closedOn,
        @Schema(description = "Equipment the enterprise contributed, 10k CNY") BigDecimal equipmentValue,
        @Schema(nullable = true, description = "m²") BigDecimal floorArea,
        @Schema(nullable = true) Integer seats,
        List<String> evidenceLinks)
        implements RecordTables.Logged {

    static final TableExport<FacilityResponse> TABLE = RecordTables.of(
            "阵地 Facilities",
            List.of(
                    ExportColumn.label("类型", "kind", FacilityResponse::kind),
                    ExportColumn.of("名称", "name", FacilityResponse::name),
                    ExportColumn.label("共建模式", "mode", FacilityResponse::mode),
                    ExportColumn.label("承建方", "host side", row -> Side.valueOf(row.hostSide())),
                    ExportColumn.of("启用日期", "opened on", FacilityResponse::openedOn),
                    ExportColumn.of("关闭日期", "closed on", FacilityResponse::closedOn),
                    ExportColumn.of("设备价值（万元）", "equipment value (10k CNY)", FacilityResponse::equipmentValue),
                    ExportColumn.of("面积（m²）", "floor area (m²)", FacilityResponse::floorArea),
                    ExportColumn.of("座位", "seats", FacilityResponse::seats),
                    ExportColumn.of("佐证链接", "evidence links", row -> RecordTables.lines(row.evidenceLinks()))));

    static FacilityResponse of(VersionedRecord<?> record) {
        FacilityDetails facility = (FacilityDetails) record.details();
        return new FacilityResponse(
                record.id(),
                record.partnershipId(),
                record.externalRef(),
                record.version(),
                record.status(),
                record.closingReason(),
                facility.kind(),
                facility.name(),
                facility.mode(),
                facility.hostSide().name(),
                facility.openedOn(),
                facility.closedOn(),
                facility.equipmentValue(),
                facility.floorArea(),
                facility.seats(),
                facility.evidenceLinks());
    }
}
