package io.gongjian.activity.domain;

import io.gongjian.commons.domain.PlausibleDates;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.events.ActivityEvent;
import io.gongjian.events.ConversionChanged;
import io.gongjian.records.domain.VersionedRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A conversion (成果转化) of a research output (the achievement it belongs to): its form, the new output value (10k CNY) and jobs created. */
public record ConversionDetails(
        UUID achievementId, LocalDate convertedOn, ConversionForm form, BigDecimal outputValue, int jobsCreated)
        implements RecordDetails {

    private static final BigDecimal MAX_OUTPUT_VALUE = new BigDecimal(Limits.OUTPUT_VALUE);

    public ConversionDetails {
        Rules.required("achievementId", achievementId);
        PlausibleDates.notBeforeEarliest("convertedOn", Rules.required("convertedOn", convertedOn));
        Rules.required("form", form);
        Rules.required("outputValue", outputValue);
        if (outputValue.signum() < 0) {
            throw new RuleViolation("outputValue", "conversion.negative");
        }
        if (outputValue.compareTo(MAX_OUTPUT_VALUE) > 0) {
            throw new RuleViolation(
                    "outputValue", "conversion.too-large", Limits.OUTPUT_VALUE, outputValue.toPlainString());
        }
        if (outputValue.stripTrailingZeros().scale() > Limits.OUTPUT_VALUE_DECIMALS) {
            throw new RuleViolation(
                    "outputValue", "conversion.decimals", Limits.OUTPUT_VALUE_DECIMALS, outputValue.toPlainString());
        }
        Rules.between("jobsCreated", jobsCreated, 0, Limits.JOBS);
    }

    @Override
    public String typeCode() {
        return form.name();
    }

    @Override
    public LocalDate businessDate() {
        return convertedOn;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.CONVERSION;
    }

    @Override
    public ActivityEvent toEvent(VersionedRecord<?> record) {
        return new ConversionChanged(
                record.id(),
                record.version(),
                record.partnershipId(),
                achievementId,
                !record.isActive(),
                record.closingReason(),
                convertedOn,
                form.name(),
                outputValue,
                jobsCreated);
    }
}
