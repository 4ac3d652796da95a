package io.gongjian.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Full current state of a conversion (成果转化) of a research output, after it was recorded, amended or revoked.
 *
 * @param universityIncome what the university side received for it (licence fee, transfer price, service fee), 10k
 *     CNY; {@code null} when not given
 */
public record ConversionChanged(
        UUID id,
        long version,
        UUID partnershipId,
        UUID achievementId,
        boolean revoked,
        String revocationReason,
        LocalDate convertedOn,
        String form,
        BigDecimal outputValue,
        int jobsCreated,
        @OptionalField(since = "2.0.0") BigDecimal universityIncome)
        implements ActivityEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.conversion(this);
    }
}
