package io.gongjian.activity.domain;

/** Kinds of joint achievement; only research outputs can be converted. */
public enum AchievementType {
    RESEARCH_PROJECT("联合科研项目"),
    RESEARCH_OUTPUT("科研成果（专利、软件著作权、论文、样机）"),
    TEACHING_RESOURCE("教学资源（课程、教材、培训包）"),
    INNOVATIVE_PRACTICE("党建创新实践案例"),
    AWARD("获奖");

    private final String chineseName;

    AchievementType(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
