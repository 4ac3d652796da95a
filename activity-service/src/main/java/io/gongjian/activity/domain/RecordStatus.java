package io.gongjian.activity.domain;

/** A logged record stays readable when revoked, but no longer counts. */
public enum RecordStatus {
    ACTIVE("有效"),
    REVOKED("已撤销");

    private final String chineseName;

    RecordStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
