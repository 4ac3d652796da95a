package io.gongjian.activity.api;

import io.gongjian.activity.domain.ConversionDetails;
import io.gongjian.activity.domain.ConversionForm;
import io.gongjian.records.domain.VersionedRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Conversion")
public record ConversionResponse(
        UUID id,
        UUID partnershipId,
        UUID achievementId,
        @Schema(description = "Send it back in If-Match when you amend") long version,
        @Schema(enumeration = {"ACTIVE", "REVOKED"}) String status,
        @Schema(nullable = true) String revocationReason,
        LocalDate convertedOn,
        ConversionForm form,
        @Schema(description = "10k CNY") BigDecimal outputValue,
        int jobsCreated,
        @Schema(description = "What the university side received for it, 10k CNY, when given", nullable = true)
                BigDecimal universityIncome) {

    static ConversionResponse of(VersionedRecord<?> record) {
        ConversionDetails conversion = (ConversionDetails) record.details();
        return new ConversionResponse(
                record.id(),
                record.partnershipId(),
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
