package io.gongjian.partnership.domain;

/** The level of a party organisation. */
public enum PartyLevel {
    COMMITTEE("党委"),
    GENERAL_BRANCH("党总支"),
    BRANCH("党支部");

    private final String chineseName;

    PartyLevel(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
