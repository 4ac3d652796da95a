package io.gongjian.evaluation.domain;

import java.math.BigDecimal;

/** The five dimensions of INDICATORS.md and their scheme-default weights. */
public enum Dimension {
    ORGANIZATION("组织建设", "0.25"),
    RESOURCE("资源共享", "0.20"),
    SOCIAL("社会效益", "0.20"),
    INNOVATION("创新发展", "0.20"),
    FEEDBACK("评价反馈", "0.15");

    private final String chineseName;
    private final BigDecimal weight;

    Dimension(String chineseName, String weight) {
        this.chineseName = chineseName;
        this.weight = new BigDecimal(weight);
    }

    public String chineseName() {
        return chineseName;
    }

    public BigDecimal weight() {
        return weight;
    }
}
