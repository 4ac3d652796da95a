package io.gongjian.activity.api;

import io.gongjian.activity.domain.ConversionDetails;
import io.gongjian.activity.domain.ConversionForm;
import io.gongjian.export.ExportColumn;
import io.gongjian.export.TableExport;
import io.gongjian.records.domain.VersionedRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Conversion")
public record ConversionResponse(
        UUID id,
        UUID partnershipId,
        @Schema(nullable = true, description = "Your own id for it, if you gave one") String externalRef,
        UUID achievementId,
        @Schema(description = "Send it back in If-Match when you amend") long version,
        @Schema(enumeration = {"ACTIVE", "REVOKED"}) String status,
        @Schema(nullable = true) String revocationReason,
        LocalDate convertedOn,
        ConversionForm form,
        @Schema(description = "10k CNY") BigDecimal outputValue,
        int jobsCreated,
        @Schema(description = "What the university side received for it, 10k CNY, when given", nullable = true)
                BigDecimal universityIncome)
        implements RecordTables.Logged {

    static final TableExport<ConversionResponse> TABLE = RecordTables.of(
            "转化 Conversions",
            List.of(
                    ExportColumn.of("成果编号", "achievement id", ConversionResponse::achievementId),
                    ExportColumn.of("转化日期", "converted on", ConversionResponse::convertedOn),
                    ExportColumn.label("转化形式", "form", ConversionResponse::form),
                    ExportColumn.of("产值（万元）", "output value (10k CNY)", ConversionResponse::outputValue),
                    ExportColumn.of("带动就业", "jobs created", ConversionResponse::jobsCreated),
                    ExportColumn.of(
                            "学校技术服务收入（万元）", "university income (10k CNY)", ConversionResponse::universityIncome)));

    static ConversionResponse of(VersionedRecord<?> record) {
        ConversionDetails conversion = (ConversionDetails) record.details();
        return new ConversionResponse(
                record.id(),
                record.partnershipId(),
                record.externalRef(),
                conversion.achievementId(),
                record.version(),
                record.status(),
                record.closingReason(),
                conversion.convertedOn(),
                conversion.form(),
                conversion.outputValue(),
                conversion.jobsCreated(),
                conversion.universityIncome());
    }
}
