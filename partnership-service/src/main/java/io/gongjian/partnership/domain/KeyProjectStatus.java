package io.gongjian.partnership.domain;

public enum KeyProjectStatus {
    PLANNED("计划中"),
    IN_PROGRESS("推进中"),
    DONE("已完成"),
    CANCELLED("已取消");

    private final String chineseName;

    KeyProjectStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
