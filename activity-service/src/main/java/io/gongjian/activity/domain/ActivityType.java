package io.gongjian.activity.domain;

/** Kinds of joint party-building activity. */
public enum ActivityType {
    THEMED_PARTY_DAY("主题党日"),
    JOINT_STUDY("联学"),
    SYMPOSIUM("座谈会"),
    LECTURE("宣讲"),
    SITE_VISIT("调研走访"),
    TRAINING("培训"),
    SIGNING_CEREMONY("签约仪式"),
    VOLUNTEER("志愿服务"),
    OTHER("其他");

    private final String chineseName;

    ActivityType(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
