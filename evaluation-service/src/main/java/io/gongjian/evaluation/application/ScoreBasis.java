package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.Facts;
import io.gongjian.evaluation.domain.Window;
import io.gongjian.evaluation.domain.weights.WeightScheme;

/**
 * What a partnership's score over a window is computed from, as the score workbook lays it out for a reader to
 * recompute: the partnership (with its agreement's targets), the window, every record that counts, and the weight
 * scheme that applies to the partnership's region on the as-of date.
 */
public record ScoreBasis(EvaluatedPartnership partnership, Window window, Facts facts, WeightScheme scheme) {}
