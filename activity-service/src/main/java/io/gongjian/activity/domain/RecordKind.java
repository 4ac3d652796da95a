package io.gongjian.activity.domain;

/** The four kinds of record the two parties log. */
public enum RecordKind {
    ACTIVITY("共建活动"),
    EXCHANGE("人才交流"),
    ACHIEVEMENT("共建成果"),
    CONVERSION("成果转化");

    private final String chineseName;

    RecordKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** How the record is named in messages and the change history. */
    public String label() {
        return name().toLowerCase();
    }
}
