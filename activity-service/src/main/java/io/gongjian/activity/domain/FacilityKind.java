package io.gongjian.activity.domain;

/** Kinds of joint facility the two parties build and run together. */
public enum FacilityKind {
    TRAINING_ROOM("实训室"),
    LABORATORY("实验室"),
    INDUSTRY_COLLEGE("产业学院"),
    TRAINING_BASE("实习实训基地"),
    PARTY_POSITION("党建实体阵地"),
    OTHER("其他");

    private final String chineseName;

    FacilityKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
