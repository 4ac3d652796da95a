package io.gongjian.activity.api;

import io.gongjian.activity.domain.ActivityDetails;
import io.gongjian.activity.domain.ActivityType;
import io.gongjian.events.CoConstructionMode;
import io.gongjian.events.Side;
import io.gongjian.export.ExportColumn;
import io.gongjian.export.TableExport;
import io.gongjian.records.domain.VersionedRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Activity")
public record ActivityResponse(
        UUID id,
        UUID partnershipId,
        @Schema(nullable = true, description = "Your own id for it, if you gave one") String externalRef,
        @Schema(description = "Send it back in If-Match when you amend") long version,
        @Schema(enumeration = {"ACTIVE", "REVOKED"}) String status,
        @Schema(nullable = true) String revocationReason,
        ActivityType type,
        CoConstructionMode mode,
        String title,
        LocalDate occurredOn,
        @Schema(nullable = true) String location,
        Side organisingSide,
        int universityPartyMembers,
        int enterprisePartyMembers,
        int attendance,
        List<String> evidenceLinks,
        @Schema(nullable = true, description = "The joint facility where it took place") UUID facilityId)
        implements RecordTables.Logged {

    static final TableExport<ActivityResponse> TABLE = RecordTables.of(
            "活动 Activities",
            List.of(
                    ExportColumn.label("类型", "type", ActivityResponse::type),
                    ExportColumn.label("共建模式", "mode", ActivityResponse::mode),
                    ExportColumn.of("标题", "title", ActivityResponse::title),
                    ExportColumn.of("日期", "occurred on", ActivityResponse::occurredOn),
                    ExportColumn.of("地点", "location", ActivityResponse::location),
                    ExportColumn.label("组织方", "organising side", ActivityResponse::organisingSide),
                    ExportColumn.of("校方党员人数", "university party members", ActivityResponse::universityPartyMembers),
                    ExportColumn.of("企业党员人数", "enterprise party members", ActivityResponse::enterprisePartyMembers),
                    ExportColumn.of("参加人数", "attendance", ActivityResponse::attendance),
                    ExportColumn.of("佐证链接", "evidence links", row -> RecordTables.lines(row.evidenceLinks())),
                    ExportColumn.of("共建阵地编号", "facility id", ActivityResponse::facilityId)));

    static ActivityResponse of(VersionedRecord<?> record) {
        ActivityDetails activity = (ActivityDetails) record.details();
        return new ActivityResponse(
                record.id(),
                record.partnershipId(),
                record.externalRef(),
                record.version(),
                record.status(),
                record.closingReason(),
                activity.type(),
                activity.mode(),
                activity.title(),
                activity.occurredOn(),
                activity.location(),
                activity.organisingSide(),
                activity.universityPartyMembers(),
                activity.enterprisePartyMembers(),
                activity.attendance(),
                activity.evidenceLinks(),
                activity.facilityId());
    }
}
