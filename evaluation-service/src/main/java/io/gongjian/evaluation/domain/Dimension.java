package io.gongjian.evaluation.domain;

import java.math.BigDecimal;

/** The five dimensions of docs/evaluation-method.md (4) and their scheme-default weights. */
public enum Dimension {
    ORGANIZATION("组织建设", "organisation building", "0.25"),
    RESOURCE("资源共享", "resource sharing", "0.20"),
    SOCIAL("社会效益", "social benefit", "0.20"),
    INNOVATION("创新发展", "innovation", "0.20"),
    FEEDBACK("评价反馈", "evaluation feedback", "0.15");

    private final String chineseName;
    private final String englishName;
    private final BigDecimal weight;

    Dimension(String chineseName, String englishName, String weight) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.weight = new BigDecimal(weight);
    }

    public String englishName() {
        return englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    public BigDecimal weight() {
        return weight;
    }
}
