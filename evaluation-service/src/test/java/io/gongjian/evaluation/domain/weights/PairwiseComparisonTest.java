package io.gongjian.evaluation.domain.weights;

import static io.gongjian.evaluation.domain.Dimension.FEEDBACK;
import static io.gongjian.evaluation.domain.Dimension.INNOVATION;
import static io.gongjian.evaluation.domain.Dimension.ORGANIZATION;
import static io.gongjian.evaluation.domain.Dimension.RESOURCE;
import static io.gongjian.evaluation.domain.Dimension.SOCIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.commons.domain.Message;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.evaluation.domain.Dimension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * AHP as WEIGHTS.md computes it. The expected figures of the examples were computed independently, once, by a
 * Python script (no numpy) running the same power iteration in 60-digit {@code decimal} arithmetic until no component
 * changed by more than 1e-45, with exact fractions for 1/k: they are the true eigenvector to far more digits than the
 * double iteration, which must land within 1e-10 of them.
 */
class PairwiseComparisonTest {

    private static final double THIRD = 1.0 / 3;
    private static final double HALF = 0.5;
    private static final double NINTH = 1.0 / 9;
    private static final double TRUE_VALUE = 1e-10;

    @Test
    void aConsistentMatrixGivesItsOwnRatiosAndConsistencyRatioZero() {
        // a_ij = w_i / w_j for w = (8, 4, 2, 2, 1) / 17
        PairwiseComparison comparison = PairwiseComparison.ofUpperTriangle(List.of(2, 4, 4, 8, 2, 2, 4, 1, 2, 2));

        assertWeights(comparison, 8.0 / 17, 4.0 / 17, 2.0 / 17, 2.0 / 17, 1.0 / 17);
        assertEquals(5, comparison.lambdaMax(), 1e-9);
        assertEquals(0, comparison.consistencyIndex(), 1e-9);
        assertEquals(0, comparison.consistencyRatio(), 1e-9);
    }

    @Test
    void equalComparisonsGiveEqualWeightsExactly() {
        PairwiseComparison comparison = PairwiseComparison.ofUpperTriangle(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1));

        for (Dimension dimension : Dimension.values()) {
            assertEquals(0.2, comparison.weight(dimension), 0);
            assertEquals(new BigDecimal("0.2"), comparison.weights().get(dimension));
        }
        assertEquals(5, comparison.lambdaMax(), 0);
        assertEquals(0, comparison.consistencyRatio(), 0);
    }

    @Test
    void aSlightlyInconsistentMatrixHasTheReferenceWeightsLambdaAndConsistencyRatio() {
        // ORGANIZATION: 2 × RESOURCE, 3 × SOCIAL, 2 × INNOVATION, 4 × FEEDBACK; RESOURCE: 2 × SOCIAL, = INNOVATION,
        // 3 × FEEDBACK; SOCIAL: 1/2 × INNOVATION, 2 × FEEDBACK; INNOVATION: 2 × FEEDBACK
        PairwiseComparison comparison = PairwiseComparison.ofUpperTriangle(List.of(2, 3, 2, 4, 2, 1, 3, HALF, 2, 2));

        assertWeights(
                comparison,
                0.37777660577370592497,
                0.21713371915515958570,
                0.12284223187544845265,
                0.20105292262872808393,
                0.08119452056695795275);
        assertEquals(5.04916037172045933724, comparison.lambdaMax(), TRUE_VALUE);
        assertEquals(0.01229009293011483431, comparison.consistencyIndex(), TRUE_VALUE);
        assertEquals(0.01097329725903110206, comparison.consistencyRatio(), TRUE_VALUE);
    }

    @Test
    void saatysGraduatedScaleHasTheReferenceFigures() {
        // each dimension 3 × the next, 5 × the one after, 7 ×, 9 ×
        PairwiseComparison comparison = PairwiseComparison.ofUpperTriangle(List.of(3, 5, 7, 9, 3, 5, 7, 3, 5, 3));

        assertWeights(
                comparison,
                0.51281281278140883517,
                0.26149905572177592825,
                0.12897642312026943232,
                0.06337652767438601619,
                0.03333518070215978807);
        assertEquals(5.23747525148730986074, comparison.lambdaMax(), TRUE_VALUE);
        assertEquals(0.05936881287182746519, comparison.consistencyIndex(), TRUE_VALUE);
        assertEquals(0.05300786863556023677, comparison.consistencyRatio(), TRUE_VALUE);
    }

    @Test
    void theFullMatrixWithItsReciprocalsIsTheSameComparisonAsItsUpperTriangle() {
        List<List<Double>> full = List.of(
                List.of(1.0, 2.0, 3.0, 2.0, 4.0),
                List.of(0.5, 1.0, 2.0, 1.0, 3.0),
                List.of(THIRD, 0.5, 1.0, HALF, 2.0),
                List.of(0.5, 1.0, 2.0, 1.0, 2.0),
                List.of(0.25, THIRD, 0.5, 0.5, 1.0));
        PairwiseComparison upper = PairwiseComparison.ofUpperTriangle(List.of(2, 3, 2, 4, 2, 1, 3, HALF, 2, 2));

        assertEquals(upper, PairwiseComparison.of(full));
        assertEquals(full, upper.matrix());
        assertEquals(upper.weights(), PairwiseComparison.of(full).weights());
        assertEquals("1/3", upper.judgement(SOCIAL, ORGANIZATION));
        assertEquals("4", upper.judgement(ORGANIZATION, FEEDBACK));
        assertEquals("1", upper.judgement(RESOURCE, INNOVATION));
    }

    @Test
    void aValueWrittenWithTenDecimalsCountsAsTheFractionItStandsFor() {
        PairwiseComparison written =
                PairwiseComparison.ofUpperTriangle(List.of(2, 3, 2, 4, 2, 1, 3, new BigDecimal("0.5000000000"), 2, 2));
        PairwiseComparison third =
                PairwiseComparison.ofUpperTriangle(List.of(new BigDecimal("0.3333333333"), 1, 1, 1, 1, 1, 1, 1, 1, 1));

        assertEquals(PairwiseComparison.ofUpperTriangle(List.of(2, 3, 2, 4, 2, 1, 3, HALF, 2, 2)), written);
        assertEquals(THIRD, third.comparison(ORGANIZATION, RESOURCE), 0);
        assertEquals(3, third.comparison(RESOURCE, ORGANIZATION), 0);
    }

    @Test
    void anInconsistentMatrixIsRefusedWithItsRatioAndTheComparisonMostOutOfLine() {
        // ORGANIZATION 9 × RESOURCE and RESOURCE 9 × SOCIAL, yet ORGANIZATION 1/9 × SOCIAL: the reference script
        // has CR 1.42887033586875089469 and |ln(a_ij w_j / w_i)| largest for ORGANIZATION-SOCIAL (2.2785), ahead of
        // RESOURCE-SOCIAL (2.1929) and ORGANIZATION-RESOURCE (2.1203)
        List<Number> upper = List.of(9, NINTH, 3, 5, 9, 3, 1, THIRD, 2, 1);

        PairwiseComparison.Inconsistent refusal =
                assertThrows(PairwiseComparison.Inconsistent.class, () -> PairwiseComparison.ofUpperTriangle(upper));

        assertEquals(1.42887033586875089469, refusal.consistencyRatio(), 1e-9);
        assertEquals(ORGANIZATION, refusal.row());
        assertEquals(SOCIAL, refusal.column());
        assertEquals("pairwiseComparisons[0][2]", refusal.field());
        assertEquals(
                "the comparisons contradict each other too much: the consistency ratio is 1.4289, above 0.10; the"
                        + " comparison most out of line is pairwiseComparisons[0][2] (ORGANIZATION with SOCIAL: 1/9),"
                        + " revise it first",
                refusal.reason().in(Message.ENGLISH));
        assertEquals(
                "两两比较之间矛盾过大：一致性比率为 1.4289，超过 0.10；最不一致的比较是 pairwiseComparisons[0][2]"
                        + "（ORGANIZATION 与 SOCIAL：1/9），请先修改该项",
                refusal.reason().in(Message.CHINESE));
        assertEquals(
                BigDecimal.valueOf(refusal.consistencyRatio()),
                refusal.details().get("consistencyRatio"));
    }

    @Test
    void measuredComparisonsHaveTheirFiguresHoweverInconsistentAndNameTheComparisonMostOutOfLine() {
        // the matrix of the refusal above: measured, not refused
        PairwiseComparison measured = PairwiseComparison.measured(upperTriangle(9, NINTH, 3, 5, 9, 3, 1, THIRD, 2, 1));

        assertEquals(1.42887033586875089469, measured.consistencyRatio(), 1e-9);
        assertEquals(measured.consistencyIndex() / 1.12, measured.consistencyRatio(), 0);
        assertEquals((measured.lambdaMax() - 5) / 4, measured.consistencyIndex(), 0);
        assertFalse(measured.acceptable());
        assertEquals(new PairwiseComparison.Pair(ORGANIZATION, SOCIAL), measured.mostOutOfLine());

        // Saaty's scale, CR 0.053: acceptable, and the same comparison as when it is read to be saved
        PairwiseComparison graduated = PairwiseComparison.measured(upperTriangle(3, 5, 7, 9, 3, 5, 7, 3, 5, 3));
        assertTrue(graduated.acceptable());
        assertEquals(PairwiseComparison.ofUpperTriangle(List.of(3, 5, 7, 9, 3, 5, 7, 3, 5, 3)), graduated);

        // consistent: every comparison agrees with the weights, none is out of line
        PairwiseComparison consistent = PairwiseComparison.measured(upperTriangle(2, 4, 4, 8, 2, 2, 4, 1, 2, 2));
        assertTrue(consistent.acceptable());
        assertNull(consistent.mostOutOfLine());
        assertNull(PairwiseComparison.measured(upperTriangle(1, 1, 1, 1, 1, 1, 1, 1, 1, 1))
                .mostOutOfLine());

        Double[][] rows = ones();
        rows[0][1] = 2.0;
        rows[1][0] = 2.0;
        RuleViolation malformed = assertThrows(
                RuleViolation.class,
                () -> PairwiseComparison.measured(
                        Arrays.stream(rows).map(Arrays::asList).toList()));
        assertEquals("pairwiseComparisons[1][0]", malformed.field());
    }

    /** The 10 values above the diagonal as a 5×5 matrix, the rest omitted. */
    private static List<List<Number>> upperTriangle(Number... above) {
        List<List<Number>> rows = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < 5; i++) {
            List<Number> row = new ArrayList<>(Arrays.asList(new Number[5]));
            for (int j = i + 1; j < 5; j++) {
                row.set(j, above[next++]);
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void aConsistencyRatioJustAboveTheLimitIsRefusedAndJustBelowItAccepted() {
        // the reference script: Saaty's scale with INNOVATION-FEEDBACK 1/3 instead of 3 has CR 0.10000325700129564160
        // (INNOVATION-FEEDBACK most out of line); with RESOURCE-INNOVATION 1 instead of 5, CR 0.09986562568857053060
        PairwiseComparison.Inconsistent refusal = assertThrows(
                PairwiseComparison.Inconsistent.class,
                () -> PairwiseComparison.ofUpperTriangle(List.of(3, 5, 7, 9, 3, 5, 7, 3, 5, THIRD)));
        assertEquals(0.10000325700129564160, refusal.consistencyRatio(), TRUE_VALUE);
        assertEquals(INNOVATION, refusal.row());
        assertEquals(FEEDBACK, refusal.column());

        PairwiseComparison accepted = PairwiseComparison.ofUpperTriangle(List.of(3, 5, 7, 9, 3, 1, 7, 3, 5, 3));
        assertEquals(0.09986562568857053060, accepted.consistencyRatio(), TRUE_VALUE);
    }

    @Test
    void onlyTheScaleOneNinthToNineIsAllowedAboveTheDiagonal() {
        for (Number notAllowed : List.of(10, 0, -2, 1.5, 0.333, 0.1, Double.NaN, Double.POSITIVE_INFINITY)) {
            List<Number> upper = new ArrayList<>(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
            upper.set(5, notAllowed); // RESOURCE against INNOVATION
            RuleViolation refusal = assertThrows(RuleViolation.class, () -> PairwiseComparison.ofUpperTriangle(upper));
            assertEquals("pairwiseComparisons[1][3]", refusal.field(), () -> "value " + notAllowed);
            assertEquals("scheme.comparison-value", refusal.reason().key());
        }
        for (int k = 1; k <= 9; k++) {
            // consistent: ORGANIZATION k times (or 1/k of) each of the others, which weigh the same
            double kth = 1.0 / k;
            PairwiseComparison dominant = PairwiseComparison.ofUpperTriangle(List.of(k, k, k, k, 1, 1, 1, 1, 1, 1));
            PairwiseComparison dominated =
                    PairwiseComparison.ofUpperTriangle(List.of(kth, kth, kth, kth, 1, 1, 1, 1, 1, 1));
            assertEquals(k / (k + 4.0), dominant.weight(ORGANIZATION), 1e-12);
            assertEquals(1 / (1 + 4.0 * k), dominated.weight(ORGANIZATION), 1e-12);
        }
    }

    @Test
    void theUpperTriangleIsRequiredAndTheRestIsOneOrTheReciprocalWhenGiven() {
        Double[][] rows = ones();
        rows[2][4] = null;
        assertField("pairwiseComparisons[2][4]", "required", rows);

        rows = ones();
        rows[3][3] = 2.0;
        assertField("pairwiseComparisons[3][3]", "scheme.comparison-diagonal", rows);

        rows = ones();
        rows[0][1] = 2.0;
        rows[1][0] = 2.0; // must be 1/2
        assertField("pairwiseComparisons[1][0]", "scheme.comparison-reciprocal", rows);

        rows = ones();
        rows[0][1] = 2.0;
        rows[1][0] = 0.5;
        rows[4][4] = null;
        rows[4][0] = null;
        assertEquals(2, PairwiseComparison.of(asLists(rows)).comparison(ORGANIZATION, RESOURCE), 0);
    }

    @Test
    void theMatrixIsFiveRowsOfFiveAndTheTriangleTenValues() {
        List<List<Double>> fourRows = asLists(ones()).subList(0, 4);
        assertEquals(
                "pairwiseComparisons",
                assertThrows(RuleViolation.class, () -> PairwiseComparison.of(fourRows))
                        .field());
        List<List<Double>> shortRow = new ArrayList<>(asLists(ones()));
        shortRow.set(2, List.of(1.0, 1.0, 1.0, 1.0));
        assertEquals(
                "pairwiseComparisons",
                assertThrows(RuleViolation.class, () -> PairwiseComparison.of(shortRow))
                        .field());
        assertEquals(
                "pairwiseComparisons",
                assertThrows(RuleViolation.class, () -> PairwiseComparison.ofUpperTriangle(List.of(1, 1, 1)))
                        .field());
    }

    private static void assertWeights(PairwiseComparison comparison, double... expected) {
        List<Dimension> order = List.of(ORGANIZATION, RESOURCE, SOCIAL, INNOVATION, FEEDBACK);
        for (int i = 0; i < order.size(); i++) {
            assertEquals(
                    expected[i],
                    comparison.weight(order.get(i)),
                    TRUE_VALUE,
                    order.get(i).name());
            assertEquals(
                    BigDecimal.valueOf(comparison.weight(order.get(i))),
                    comparison.weights().get(order.get(i)));
        }
    }

    private static void assertField(String field, String key, Double[][] rows) {
        RuleViolation refusal = assertThrows(RuleViolation.class, () -> PairwiseComparison.of(asLists(rows)));
        assertEquals(field, refusal.field());
        assertEquals(key, refusal.reason().key());
    }

    private static Double[][] ones() {
        Double[][] rows = new Double[5][5];
        for (Double[] row : rows) {
            Arrays.fill(row, 1.0);
        }
        return rows;
    }

    private static List<List<Double>> asLists(Double[][] rows) {
        return Arrays.stream(rows).map(Arrays::asList).toList();
    }
}
