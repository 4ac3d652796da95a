package io.gongjian.evaluation.domain;

/** The five dimensions of docs/evaluation-method.md (4); their weights are a {@code WeightScheme}'s. */
public enum Dimension {
    ORGANIZATION("组织建设", "organisation building"),
    RESOURCE("资源共享", "resource sharing"),
    SOCIAL("社会效益", "social benefit"),
    INNOVATION("创新发展", "innovation"),
    FEEDBACK("评价反馈", "evaluation feedback");

    private final String chineseName;
    private final String englishName;

    Dimension(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String englishName() {
        return englishName;
    }

    public String chineseName() {
        return chineseName;
    }
}
