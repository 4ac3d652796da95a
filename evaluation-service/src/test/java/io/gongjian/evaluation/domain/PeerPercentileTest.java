package io.gongjian.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * WEIGHTS.md: percentile = 100 × (peers with a lower raw value + 0.5 × peers other than P with an equal one) ÷
 * (peers − 1), rounded half-up to 1 decimal; not available when P is its only peer.
 */
class PeerPercentileTest {

    @Test
    void theHighestIs100TheLowest0AndTheOthersTheShareBelowThem() {
        List<BigDecimal> peers = values("3", "1", "2", "0");

        assertEquals(new BigDecimal("100.0"), percentile("3", peers));
        // 2 of the 3 others below: 66.666… → 66.7; 1 of 3: 33.333… → 33.3
        assertEquals(new BigDecimal("66.7"), percentile("2", peers));
        assertEquals(new BigDecimal("33.3"), percentile("1", peers));
        assertEquals(new BigDecimal("0.0"), percentile("0", peers));
    }

    @Test
    void peersEqualToItCountHalfAndItselfNotAtAll() {
        // raws 5, 5, 5, 2: a 5 has 1 below and 2 other equal ones: 100 × (1 + 1) ÷ 3 = 66.666… → 66.7
        List<BigDecimal> peers = values("5", "5", "5", "2");
        assertEquals(new BigDecimal("66.7"), percentile("5", peers));
        assertEquals(new BigDecimal("0.0"), percentile("2", peers));

        // all equal: half of the others, 50
        assertEquals(new BigDecimal("50.0"), percentile("7", values("7", "7", "7")));
        // two peers, equal: 100 × 0.5 ÷ 1
        assertEquals(new BigDecimal("50.0"), percentile("1", values("1", "1")));
        // raws 4, 4, 1, 1, 1, 1, 1: a 1 has 0 below and 4 equal others: 100 × 2 ÷ 6 = 33.333… → 33.3;
        // a 4 has 5 below and 1 equal other: 100 × 5.5 ÷ 6 = 91.666… → 91.7
        List<BigDecimal> seven = values("4", "4", "1", "1", "1", "1", "1");
        assertEquals(new BigDecimal("33.3"), percentile("1", seven));
        assertEquals(new BigDecimal("91.7"), percentile("4", seven));
    }

    @Test
    void aHalfAtTheSecondDecimalRoundsUp() {
        // 9 peers (8 others): a value with 1 below and 1 equal other: 100 × 1.5 ÷ 8 = 18.75 → 18.8
        List<BigDecimal> peers = values("0", "1", "1", "2", "3", "4", "5", "6", "7");
        assertEquals(new BigDecimal("18.8"), percentile("1", peers));
    }

    @Test
    void valuesAreComparedAtFullPrecisionNotAsShown() {
        // 0.333… and 0.3333 both show as 0.33 but are not equal
        BigDecimal third = Numbers.divide(BigDecimal.ONE, BigDecimal.valueOf(3));
        List<BigDecimal> peers = List.of(third, new BigDecimal("0.3333"), new BigDecimal("0.33330"));
        assertEquals(new BigDecimal("100.0"), PeerPercentile.of(third, peers));
        // 0.3333 and 0.33330 are equal: one equal other, none below
        assertEquals(new BigDecimal("25.0"), PeerPercentile.of(new BigDecimal("0.3333"), peers));
    }

    @Test
    void notAvailableWhenItIsItsOnlyPeer() {
        assertNull(percentile("12", values("12")));
        assertThrows(IllegalArgumentException.class, () -> percentile("1", values("2", "3")));
    }

    private static BigDecimal percentile(String raw, List<BigDecimal> peers) {
        return PeerPercentile.of(new BigDecimal(raw), peers);
    }

    private static List<BigDecimal> values(String... raws) {
        return Arrays.stream(raws).map(BigDecimal::new).toList();
    }
}
