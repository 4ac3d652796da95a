package io.gongjian.activity.api;

import io.gongjian.activity.domain.ExchangeDetails;
import io.gongjian.activity.domain.ExchangeDirection;
import io.gongjian.activity.domain.ExchangeType;
import io.gongjian.export.ExportColumn;
import io.gongjian.export.TableExport;
import io.gongjian.records.domain.VersionedRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Exchange")
public record ExchangeResponse(
        UUID id,
        UUID partnershipId,
        @Schema(nullable = true, description = "Your own id for it, if you gave one") String externalRef,
        @Schema(description = "Send it back in If-Match when you amend") long version,
        @Schema(enumeration = {"ACTIVE", "REVOKED"}) String status,
        @Schema(nullable = true) String revocationReason,
        ExchangeType type,
        ExchangeDirection direction,
        LocalDate occurredOn,
        int headcount,
        @Schema(nullable = true) String description,
        @Schema(nullable = true, description = "The joint facility where it took place") UUID facilityId)
        implements RecordTables.Logged {

    static final TableExport<ExchangeResponse> TABLE = RecordTables.of(
            "交流 Exchanges",
            List.of(
                    ExportColumn.label("类型", "type", ExchangeResponse::type),
                    ExportColumn.label("方向", "direction", ExchangeResponse::direction),
                    ExportColumn.of("日期", "occurred on", ExchangeResponse::occurredOn),
                    ExportColumn.of("人次", "headcount", ExchangeResponse::headcount),
                    ExportColumn.of("说明", "description", ExchangeResponse::description),
                    ExportColumn.of("共建阵地编号", "facility id", ExchangeResponse::facilityId)));

    static ExchangeResponse of(VersionedRecord<?> record) {
        ExchangeDetails exchange = (ExchangeDetails) record.details();
        return new ExchangeResponse(
                record.id(),
                record.partnershipId(),
                record.externalRef(),
                record.version(),
                record.status(),
                record.closingReason(),
                exchange.type(),
                exchange.direction(),
                exchange.occurredOn(),
                exchange.headcount(),
                exchange.description(),
                exchange.facilityId());
    }
}
