package io.gongjian.activity.domain;

/** Kinds of talent exchange. */
public enum ExchangeType {
    INTERNSHIP("顶岗实习"),
    GRADUATE_EMPLOYMENT("毕业生就业"),
    TEACHER_PRACTICE("教师企业实践"),
    ENTERPRISE_MENTOR("企业兼职教师/导师"),
    STAFF_TRAINING("员工培训"),
    ORDER_CLASS("订单培养");

    private final String chineseName;

    ExchangeType(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
