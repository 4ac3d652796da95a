package io.gongjian.activity.domain;

import io.gongjian.commons.domain.PlausibleDates;
import io.gongjian.events.ActivityEvent;
import io.gongjian.events.ConversionChanged;
import io.gongjian.records.domain.VersionedRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A conversion (成果转化) of a research output (the achievement it belongs to): its form, the new output value (10k
 * CNY) and jobs created.
 *
 * @param universityIncome what the university side received for it (licence fee, transfer price, service fee), 10k
 *     CNY, optional: the school's technical-service income of the national data table
 */
public record ConversionDetails(
        UUID achievementId,
        LocalDate convertedOn,
        ConversionForm form,
        BigDecimal outputValue,
        int jobsCreated,
        BigDecimal universityIncome)
        implements RecordDetails {

    public ConversionDetails {
        Rules.required("achievementId", achievementId);
        PlausibleDates.notBeforeEarliest("convertedOn", Rules.required("convertedOn", convertedOn));
        Rules.required("form", form);
        Rules.tenThousandYuan("outputValue", outputValue, "conversion");
        Rules.between("jobsCreated", jobsCreated, 0, Limits.JOBS);
        if (universityIncome != null) {
            Rules.tenThousandYuan("universityIncome", universityIncome, "conversion-income");
        }
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
                jobsCreated,
                universityIncome);
    }
}
