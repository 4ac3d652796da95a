package io.gongjian.partnership.domain;

/** DRAFT → ACTIVE → SUSPENDED ⇄ ACTIVE → TERMINATED, and ACTIVE → EXPIRED when the term ends. */
public enum PartnershipStatus {
    DRAFT("草稿"),
    ACTIVE("生效"),
    SUSPENDED("暂停"),
    TERMINATED("终止"),
    EXPIRED("到期");

    private final String chineseName;

    PartnershipStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Whether the agreement can still be edited (titles, term, targets, key projects). */
    public boolean isOpen() {
        return this == DRAFT || this == ACTIVE || this == SUSPENDED;
    }
}
