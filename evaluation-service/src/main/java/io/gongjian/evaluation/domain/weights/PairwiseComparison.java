package io.gongjian.evaluation.domain.weights;

import io.gongjian.commons.domain.DomainException;
import io.gongjian.commons.domain.Message;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.evaluation.domain.Dimension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dimension weights from a 5×5 pairwise comparison matrix (AHP), exactly as docs WEIGHTS.md computes them: power
 * iteration from equal weights, λmax, CI = (λmax − 5) / 4, CR = CI / 1.12, and refused when CR > 0.10.
 *
 * <p>Input: 5 rows of 5 numbers over {@link #ORDER}. Row i, column j says how much more dimension i weighs than
 * dimension j. The upper triangle (i &lt; j) is required, each one of 1/9, 1/8, …, 1/2, 1, 2, …, 9. A cell on or
 * below the diagonal may be {@code null}, meaning omitted: the diagonal is then 1 and a lower cell the reciprocal of
 * its mirror; given, it must be exactly that. {@link #ofUpperTriangle} takes the 10 upper values alone. A value
 * within a relative 1e-9 of an allowed one counts as it (JSON writes 1/3 as 0.3333333333333333), and the allowed
 * value itself is used. A refused cell is named {@code pairwiseComparisons[i][j]}, i and j counted from 0.
 *
 * <p>Precision: the iteration runs in {@code double}, an iterative numeric method whose stop (1e-12) is far above
 * double's resolution. Java's floating point is strict (IEEE 754, fixed evaluation order here), so anyone running
 * the same steps gets the same bits. The weights are handed to the scheme as the {@link BigDecimal} of each double.
 */
public final class PairwiseComparison {

    /** The contract's order of the matrix' rows and columns. */
    public static final List<Dimension> ORDER = List.of(
            Dimension.ORGANIZATION, Dimension.RESOURCE, Dimension.SOCIAL, Dimension.INNOVATION, Dimension.FEEDBACK);

    public static final double MAX_CONSISTENCY_RATIO = 0.10;
    /** Saaty's random consistency index for n = 5. */
    public static final double RANDOM_INDEX = 1.12;

    static final double CONVERGED = 1e-12;
    static final int MAX_STEPS = 1000;
    /** How close a given number must be to an allowed comparison (relative) to count as it. */
    private static final double SAME_VALUE = 1e-9;
    /**
     * How far |ln(a_ij · w_j / w_i)| may be from 0 for the comparison to agree with the weights: double arithmetic
     * leaves a consistent matrix's (CR 0) a few units of the last place off.
     */
    private static final double AGREES = 1e-9;

    private static final int N = 5;
    private static final String FIELD = "pairwiseComparisons";

    private final double[][] matrix;
    private final double[] weights;
    private final double lambdaMax;

    private PairwiseComparison(double[][] matrix) {
        this.matrix = matrix;
        this.weights = principalEigenvector(matrix);
        this.lambdaMax = lambdaMax(matrix, weights);
    }

    /**
     * The comparisons of 5 rows of 5 numbers ({@code null} on and below the diagonal: omitted), refused when a value
     * is not allowed or the comparisons are not consistent enough ({@link Inconsistent}).
     */
    public static PairwiseComparison of(List<? extends List<? extends Number>> rows) {
        PairwiseComparison comparison = measured(rows);
        comparison.requireConsistent();
        return comparison;
    }

    /**
     * The comparisons of 5 rows of 5 numbers as {@link #of} reads them, refused when a value is not allowed, but
     * however inconsistent: to tell someone filling in the matrix its weights and CR as they go.
     */
    public static PairwiseComparison measured(List<? extends List<? extends Number>> rows) {
        return new PairwiseComparison(checked(rows));
    }

    /**
     * The comparisons from the 10 values above the diagonal, row by row: ORGANIZATION against RESOURCE, SOCIAL,
     * INNOVATION, FEEDBACK; RESOURCE against SOCIAL, INNOVATION, FEEDBACK; SOCIAL against INNOVATION, FEEDBACK;
     * INNOVATION against FEEDBACK.
     */
    public static PairwiseComparison ofUpperTriangle(List<? extends Number> aboveDiagonal) {
        if (aboveDiagonal == null || aboveDiagonal.size() != N * (N - 1) / 2) {
            throw shapeRefused();
        }
        List<List<Number>> rows = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < N; i++) {
            List<Number> row = new ArrayList<>(Collections.nCopies(N, null));
            for (int j = i + 1; j < N; j++) {
                row.set(j, aboveDiagonal.get(next++));
            }
            rows.add(row);
        }
        return of(rows);
    }

    /** The full matrix, reciprocals filled in, in {@link #ORDER}. */
    public List<List<Double>> matrix() {
        return Arrays.stream(matrix)
                .map(row -> Arrays.stream(row).boxed().toList())
                .toList();
    }

    /** How much more {@code row} weighs than {@code column}. */
    public double comparison(Dimension row, Dimension column) {
        return matrix[ORDER.indexOf(row)][ORDER.indexOf(column)];
    }

    /** The comparison as people write it: "3", "1", "1/4". */
    public String judgement(Dimension row, Dimension column) {
        return judgement(comparison(row, column));
    }

    /** The principal eigenvector, summing to 1 (up to double rounding), as the scheme's dimension weights. */
    public Map<Dimension, BigDecimal> weights() {
        Map<Dimension, BigDecimal> byDimension = new EnumMap<>(Dimension.class);
        for (int i = 0; i < N; i++) {
            byDimension.put(ORDER.get(i), BigDecimal.valueOf(weights[i]));
        }
        return Collections.unmodifiableMap(byDimension);
    }

    public double weight(Dimension dimension) {
        return weights[ORDER.indexOf(dimension)];
    }

    /** λmax = (1/5) Σ (A·w)_i / w_i. */
    public double lambdaMax() {
        return lambdaMax;
    }

    /** CI = (λmax − 5) / 4. */
    public double consistencyIndex() {
        return (lambdaMax - N) / (N - 1);
    }

    /** CR = CI / 1.12. */
    public double consistencyRatio() {
        return consistencyIndex() / RANDOM_INDEX;
    }

    /** Whether CR is at most {@link #MAX_CONSISTENCY_RATIO}: comparisons a scheme may be saved with. */
    public boolean acceptable() {
        return consistencyRatio() <= MAX_CONSISTENCY_RATIO;
    }

    /**
     * The pair i &lt; j with the largest |ln(a_ij · w_j / w_i)| (the first such in row order), the one to revise
     * first; {@code null} when every comparison agrees with the weights (a consistent matrix, CR 0).
     */
    public Pair mostOutOfLine() {
        Pair worst = null;
        double largest = AGREES;
        for (int i = 0; i < N; i++) {
            for (int j = i + 1; j < N; j++) {
                double deviation = Math.abs(Math.log(matrix[i][j] * weights[j] / weights[i]));
                if (deviation > largest) {
                    largest = deviation;
                    worst = new Pair(ORDER.get(i), ORDER.get(j));
                }
            }
        }
        return worst;
    }

    /** A comparison of the matrix: how much more {@code row} weighs than {@code column}. */
    public record Pair(Dimension row, Dimension column) {}

    private void requireConsistent() {
        if (!acceptable()) {
            Pair pair = mostOutOfLine();
            throw new Inconsistent(consistencyRatio(), pair.row(), pair.column(), judgement(pair.row(), pair.column()));
        }
    }

    /** w ← A·w / Σ(A·w) from w = 1/5 each, until no component changes by more than 1e-12 (at most 1,000 steps). */
    private static double[] principalEigenvector(double[][] a) {
        double[] w = new double[N];
        Arrays.fill(w, 1.0 / N);
        for (int step = 0; step < MAX_STEPS; step++) {
            double[] product = multiply(a, w);
            double sum = 0;
            for (double component : product) {
                sum += component;
            }
            double change = 0;
            for (int i = 0; i < N; i++) {
                double next = product[i] / sum;
                change = Math.max(change, Math.abs(next - w[i]));
                w[i] = next;
            }
            if (change <= CONVERGED) {
                break;
            }
        }
        return w;
    }

    private static double lambdaMax(double[][] a, double[] w) {
        double[] product = multiply(a, w);
        double sum = 0;
        for (int i = 0; i < N; i++) {
            sum += product[i] / w[i];
        }
        return sum / N;
    }

    private static double[] multiply(double[][] a, double[] w) {
        double[] product = new double[N];
        for (int i = 0; i < N; i++) {
            double sum = 0;
            for (int j = 0; j < N; j++) {
                sum += a[i][j] * w[j];
            }
            product[i] = sum;
        }
        return product;
    }

    private static double[][] checked(List<? extends List<? extends Number>> rows) {
        if (rows == null || rows.size() != N || rows.stream().anyMatch(row -> row == null || row.size() != N)) {
            throw shapeRefused();
        }
        double[][] a = new double[N][N];
        for (int i = 0; i < N; i++) {
            a[i][i] = 1;
            for (int j = i + 1; j < N; j++) {
                Number given = rows.get(i).get(j);
                if (given == null) {
                    throw new RuleViolation(cell(i, j), "required", cell(i, j));
                }
                double allowed = allowed(given.doubleValue());
                if (Double.isNaN(allowed)) {
                    throw new RuleViolation(
                            cell(i, j), "scheme.comparison-value", cell(i, j), ORDER.get(i), ORDER.get(j), given);
                }
                a[i][j] = allowed;
                a[j][i] = 1 / allowed;
            }
        }
        for (int i = 0; i < N; i++) {
            for (int j = 0; j <= i; j++) {
                Number given = rows.get(i).get(j);
                if (given == null || sameValue(given.doubleValue(), a[i][j])) {
                    continue;
                }
                if (i == j) {
                    throw new RuleViolation(cell(i, j), "scheme.comparison-diagonal", cell(i, j), ORDER.get(i), given);
                }
                throw new RuleViolation(
                        cell(i, j),
                        "scheme.comparison-reciprocal",
                        cell(i, j),
                        ORDER.get(i),
                        ORDER.get(j),
                        judgement(a[i][j]),
                        given);
            }
        }
        return a;
    }

    /** The allowed comparison k or 1/k (k = 1..9) that {@code value} stands for, else NaN. */
    private static double allowed(double value) {
        for (int k = 1; k <= 9; k++) {
            if (sameValue(value, k)) {
                return k;
            }
            if (sameValue(value, 1.0 / k)) {
                return 1.0 / k;
            }
        }
        return Double.NaN;
    }

    private static boolean sameValue(double given, double allowed) {
        return Math.abs(given - allowed) <= SAME_VALUE * allowed;
    }

    private static String judgement(double value) {
        return value >= 1 ? String.valueOf(Math.round(value)) : "1/" + Math.round(1 / value);
    }

    private static String cell(int row, int column) {
        return FIELD + "[" + row + "][" + column + "]";
    }

    private static RuleViolation shapeRefused() {
        return new RuleViolation(
                FIELD,
                "scheme.comparison-shape",
                FIELD,
                String.join(", ", ORDER.stream().map(Dimension::name).toList()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PairwiseComparison comparison && Arrays.deepEquals(matrix, comparison.matrix);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(matrix);
    }

    @Override
    public String toString() {
        return "PairwiseComparison" + Arrays.deepToString(matrix);
    }

    /**
     * The comparisons contradict each other too much (CR &gt; 0.10), HTTP 422: names the comparison most out of line
     * as the field and carries the consistency ratio and that comparison.
     */
    public static final class Inconsistent extends DomainException {

        private final double consistencyRatio;
        private final Dimension row;
        private final Dimension column;

        Inconsistent(double consistencyRatio, Dimension row, Dimension column, String judgement) {
            super(
                    cell(ORDER.indexOf(row), ORDER.indexOf(column)),
                    Message.of(
                            "scheme.comparisons-inconsistent",
                            BigDecimal.valueOf(consistencyRatio).setScale(4, RoundingMode.HALF_UP),
                            cell(ORDER.indexOf(row), ORDER.indexOf(column)),
                            row,
                            column,
                            judgement),
                    details(consistencyRatio, row, column, judgement));
            this.consistencyRatio = consistencyRatio;
            this.row = row;
            this.column = column;
        }

        private static Map<String, Object> details(
                double consistencyRatio, Dimension row, Dimension column, String judgement) {
            Map<String, Object> outOfLine = new LinkedHashMap<>();
            outOfLine.put("row", row.name());
            outOfLine.put("column", column.name());
            outOfLine.put("comparison", judgement);
            return Map.of(
                    "consistencyRatio",
                    BigDecimal.valueOf(consistencyRatio),
                    "maxConsistencyRatio",
                    BigDecimal.valueOf(MAX_CONSISTENCY_RATIO),
                    "mostInconsistentComparison",
                    Collections.unmodifiableMap(outOfLine));
        }

        public double consistencyRatio() {
            return consistencyRatio;
        }

        /** The pair i &lt; j most out of line: its row dimension i … */
        public Dimension row() {
            return row;
        }

        /** … and its column dimension j. */
        public Dimension column() {
            return column;
        }
    }
}
