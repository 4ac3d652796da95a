package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.Facts;
import io.gongjian.evaluation.domain.Window;

/**
 * What a partnership's score over a window is computed from, as the score workbook lays it out for a reader to
 * recompute: the partnership (with its agreement's targets), the window, and every record that counts.
 */
public record ScoreBasis(EvaluatedPartnership partnership, Window window, Facts facts) {}
