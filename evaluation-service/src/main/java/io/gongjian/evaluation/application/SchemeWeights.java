package io.gongjian.evaluation.application;

import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.evaluation.domain.Indicator;
import io.gongjian.evaluation.domain.weights.PairwiseComparison;
import io.gongjian.evaluation.domain.weights.WeightScheme;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The weights and targets of a scheme as a request gives them: the dimension weights directly or as pairwise
 * comparisons, not both.
 */
public record SchemeWeights(
        Map<Dimension, BigDecimal> dimensionWeights,
        List<List<BigDecimal>> pairwiseComparisons,
        Map<Indicator, BigDecimal> indicatorWeights,
        Map<Indicator, BigDecimal> targets) {

    /** Whether the dimension weights come as pairwise comparisons; refused unless exactly one of the two is given. */
    boolean fromComparisons() {
        boolean comparisonsGiven = pairwiseComparisons != null;
        if ((dimensionWeights != null) == comparisonsGiven) {
            throw new RuleViolation("dimensionWeights", "scheme.weights-or-comparisons");
        }
        return comparisonsGiven;
    }

    /**
     * The scheme to weigh a what-if with, refused as saving it would be (the same fields, the same messages,
     * comparisons with CR &gt; 0.10 included), and never saved.
     */
    WeightScheme unsaved() {
        if (fromComparisons()) {
            return WeightScheme.unsavedFromComparisons(
                    PairwiseComparison.of(pairwiseComparisons), indicatorWeights, targets);
        }
        return WeightScheme.unsaved(dimensionWeights, indicatorWeights, targets);
    }
}
