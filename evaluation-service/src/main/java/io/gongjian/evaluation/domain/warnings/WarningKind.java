package io.gongjian.evaluation.domain.warnings;

/** What an early warning (预警) says about an ACTIVE partnership (WEIGHTS.md, "Early warnings"). */
public enum WarningKind {
    /** No activity in the last 90 days of an agreement in force for at least as long: 签约即终点. */
    DORMANT("休眠"),
    /** A rectification item past its due date and not completed; one warning per item. */
    RECTIFICATION_OVERDUE("整改逾期"),
    /** The composite 10 points or more below its value 90 days earlier. */
    SCORE_DROP("得分下滑"),
    /** Less than half of the scheme's weight rests on available indicators. */
    COVERAGE_LOW("覆盖不足");

    private final String chineseName;

    WarningKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
