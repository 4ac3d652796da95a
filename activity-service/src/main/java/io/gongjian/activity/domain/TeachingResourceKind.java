package io.gongjian.activity.domain;

/**
 * What a TEACHING_RESOURCE achievement is: the national data table counts courses and textbooks developed together
 * apart (docs/national-data-table.md).
 */
public enum TeachingResourceKind {
    COURSE("课程"),
    TEXTBOOK("教材"),
    TRAINING_PACKAGE("实训资源包"),
    OTHER("其他教学资源");

    private final String chineseName;

    TeachingResourceKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
