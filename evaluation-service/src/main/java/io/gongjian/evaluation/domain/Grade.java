package io.gongjian.evaluation.domain;

import java.math.BigDecimal;

/** The grade of a composite score (docs/evaluation-method.md, 4). */
public enum Grade {
    EXCELLENT("优秀"),
    GOOD("良好"),
    PASS("合格"),
    NEEDS_IMPROVEMENT("待改进"),
    INSUFFICIENT_DATA("数据不足");

    static final BigDecimal MINIMUM_COVERAGE = new BigDecimal("0.5");

    private final String chineseName;

    Grade(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** From the full-precision composite; INSUFFICIENT_DATA when coverage is below 0.5. */
    public static Grade of(BigDecimal composite, BigDecimal coverage) {
        if (composite == null || coverage.compareTo(MINIMUM_COVERAGE) < 0) {
            return INSUFFICIENT_DATA;
        }
        if (composite.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return EXCELLENT;
        }
        if (composite.compareTo(BigDecimal.valueOf(75)) >= 0) {
            return GOOD;
        }
        if (composite.compareTo(BigDecimal.valueOf(60)) >= 0) {
            return PASS;
        }
        return NEEDS_IMPROVEMENT;
    }
}
