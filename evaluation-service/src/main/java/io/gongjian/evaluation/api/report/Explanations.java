package io.gongjian.evaluation.api.report;

import io.gongjian.evaluation.application.ScoreReport;
import io.gongjian.evaluation.domain.Indicator;

/**
 * How each indicator's figures came about, in the words of docs/evaluation-method.md: the records counted, the
 * formula of the raw value (the indicator's own, from the domain) and the scoring rule. Words only: the figures are
 * the score report's.
 */
final class Explanations {

    private Explanations() {}

    static String of(ScoreReport.IndicatorLine line) {
        Indicator indicator = line.code();
        String basis = "依据 " + line.recordIds().size() + " 条记录。原始值 raw = " + indicator.formula() + "。";
        if (!line.available()) {
            return basis + "窗口内无可计算的数据：不可用（not available），不计为 0 分，其权重由其他可用指标按比例分担。";
        }
        return basis
                + switch (indicator.scoring()) {
                    case PERCENT -> "得分 score = 100 × 原始值。";
                    case RAW -> "得分 score = 原始值。";
                    case VOLUME -> "得分 score = min(100, 100 × 原始值 ÷ 目标 target)。";
                };
    }
}
