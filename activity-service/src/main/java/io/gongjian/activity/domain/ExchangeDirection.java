package io.gongjian.activity.domain;

/** Which way people went. */
public enum ExchangeDirection {
    UNIVERSITY_TO_ENTERPRISE("校到企"),
    ENTERPRISE_TO_UNIVERSITY("企到校");

    private final String chineseName;

    ExchangeDirection(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
