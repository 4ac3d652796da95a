package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.evaluation.domain.Indicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A weight scheme to save: its dimension weights given directly or as pairwise comparisons, not both. */
public record SchemeDraft(
        String regionPrefix,
        LocalDate effectiveFrom,
        Map<Dimension, BigDecimal> dimensionWeights,
        List<List<BigDecimal>> pairwiseComparisons,
        Map<Indicator, BigDecimal> indicatorWeights,
        Map<Indicator, BigDecimal> targets) {}
