package io.gongjian.partnership.domain;

/** Which side a party organisation belongs to. */
public enum OrganizationKind {
    /** 高校 (vocational college or university). */
    UNIVERSITY("高校"),
    /** 企业. */
    ENTERPRISE("企业"),
    /** 政府部门 (e.g. an education bureau as a further party). */
    GOVERNMENT("政府部门");

    private final String chineseName;

    OrganizationKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
