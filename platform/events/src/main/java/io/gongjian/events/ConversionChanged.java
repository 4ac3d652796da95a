package io.gongjian.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Full current state of a conversion (成果转化) of a research output, after it was recorded, amended or revoked. */
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
        int jobsCreated)
        implements ActivityEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.conversion(this);
    }
}
