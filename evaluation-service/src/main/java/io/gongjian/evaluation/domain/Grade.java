package io.gongjian.evaluation.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The grade of a composite score (docs/evaluation-method.md, 4). The thresholds are data here, so that whatever
 * shows how a grade was reached (the score workbook) reads the same numbers as {@link #of}.
 */
public enum Grade {
    EXCELLENT("优秀", "90"),
    GOOD("良好", "75"),
    PASS("合格", "60"),
    NEEDS_IMPROVEMENT("待改进", null),
    INSUFFICIENT_DATA("数据不足", null);

    /** Below this coverage a composite is not graded. */
    public static final BigDecimal MINIMUM_COVERAGE = new BigDecimal("0.5");

    private final String chineseName;
    private final BigDecimal lowestComposite;

    Grade(String chineseName, String lowestComposite) {
        this.chineseName = chineseName;
        this.lowestComposite = lowestComposite == null ? null : new BigDecimal(lowestComposite);
    }

    public String chineseName() {
        return chineseName;
    }

    /** The least composite that earns this grade, for the grades reached by a threshold (in descending order). */
    public Optional<BigDecimal> lowestComposite() {
        return Optional.ofNullable(lowestComposite);
    }

    /** From the full-precision composite; INSUFFICIENT_DATA when coverage is below 0.5. */
    public static Grade of(BigDecimal composite, BigDecimal coverage) {
        if (composite == null || coverage.compareTo(MINIMUM_COVERAGE) < 0) {
            return INSUFFICIENT_DATA;
        }
        for (Grade grade : values()) {
            if (grade.lowestComposite != null && composite.compareTo(grade.lowestComposite) >= 0) {
                return grade;
            }
        }
        return NEEDS_IMPROVEMENT;
    }
}
