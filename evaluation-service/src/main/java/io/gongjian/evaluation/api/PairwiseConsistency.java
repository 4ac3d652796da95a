package io.gongjian.evaluation.api;

import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.evaluation.domain.weights.PairwiseComparison;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PairwiseConsistency",
        description = "The weights and consistency of a pairwise comparison matrix as WEIGHTS.md computes them")
public record PairwiseConsistency(
        @Schema(description = "The principal eigenvector, summing to 1: the dimension weights a scheme would get")
                Map<Dimension, BigDecimal> dimensionWeights,
        @Schema(description = "λmax = (1/5) Σ (A·w)_i / w_i", example = "5.0492") double lambdaMax,
        @Schema(description = "CI = (λmax − 5) / 4", example = "0.0123") double consistencyIndex,
        @Schema(description = "CR = CI / 1.12", example = "0.011") double consistencyRatio,
        @Schema(description = "Whether CR is at most 0.10: a scheme may be saved with these comparisons")
                boolean acceptable,
        @Schema(
                        nullable = true,
                        description = "The comparison most out of line with the weights, the one to revise first:"
                                + " the pair row < column with the largest |ln(a_ij · w_j / w_i)|; null when every"
                                + " comparison agrees with the weights (CR 0)")
                ComparedPair mostInconsistent) {

    @Schema(name = "PairwiseComparisonCell", description = "A comparison of the matrix: row compared with column")
    public record ComparedPair(Dimension row, Dimension column) {}

    @Schema(name = "PairwiseConsistencyRequest")
    public record Request(
            @Schema(
                            required = true,
                            description = "The 5×5 matrix over ORGANIZATION, RESOURCE, SOCIAL, INNOVATION, FEEDBACK;"
                                    + " above the diagonal one of 1/9 … 9, on and below it null or the reciprocal")
                    List<List<BigDecimal>> pairwiseComparisons) {}

    static PairwiseConsistency of(PairwiseComparison comparison) {
        PairwiseComparison.Pair worst = comparison.mostOutOfLine();
        return new PairwiseConsistency(
                comparison.weights(),
                comparison.lambdaMax(),
                comparison.consistencyIndex(),
                comparison.consistencyRatio(),
                comparison.acceptable(),
                worst == null ? null : new ComparedPair(worst.row(), worst.column()));
    }
}
