package io.gongjian.activity.domain;

import io.gongjian.records.domain.Closing;
import io.gongjian.records.domain.Kind;

/** The kinds of record the two parties log; what they logged is revoked, never deleted. */
public enum RecordKind implements Kind {
    ACTIVITY("共建活动", ActivityDetails.class, "occurredOn"),
    EXCHANGE("人才交流", ExchangeDetails.class, "occurredOn"),
    ACHIEVEMENT("共建成果", AchievementDetails.class, "registeredOn"),
    CONVERSION("成果转化", ConversionDetails.class, "convertedOn"),
    FACILITY("共建设施", FacilityDetails.class, "openedOn");

    private final String chineseName;
    private final Class<? extends RecordDetails> details;
    private final String businessDateField;

    RecordKind(String chineseName, Class<? extends RecordDetails> details, String businessDateField) {
        this.chineseName = chineseName;
        this.details = details;
        this.businessDateField = businessDateField;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The request field that holds the business date, for error messages. */
    public String businessDateField() {
        return businessDateField;
    }

    /** What a record of this kind says. */
    public Class<? extends RecordDetails> details() {
        return details;
    }

    /** How the record is named in messages and the change history. */
    @Override
    public String label() {
        return name().toLowerCase();
    }

    @Override
    public Closing closing() {
        return Closing.REVOKE;
    }
}
