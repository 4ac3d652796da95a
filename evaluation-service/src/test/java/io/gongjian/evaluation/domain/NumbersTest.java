package io.gongjian.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The division every score goes through gives what the JDK's does, value and scale, short cut or not. */
class NumbersTest {

    private static void assertSameAsTheJdk(BigDecimal dividend, BigDecimal divisor) {
        BigDecimal expected = dividend.divide(divisor, Numbers.PRECISION);
        BigDecimal actual = Numbers.divide(dividend, divisor);
        // equals, not compareTo: the scale is part of what is stored and shown at full precision.
        assertEquals(expected, actual, dividend + " / " + divisor);
        assertEquals(expected.scale(), actual.scale(), dividend + " / " + divisor);
    }

    @Test
    void quotientsThatTerminateKeepTheJdksScale() {
        String[][] cases = {
            {"100", "4"},
            {"1", "4"},
            {"10", "4"},
            {"1.00", "1"},
            {"0", "12"},
            {"0.000", "3"},
            {"300", "12"},
            {"1200", "0.5"},
            {"-7", "8"},
            {"7", "-0.08"},
            {"1E+3", "8"},
            {"5", "1E+2"},
            {"123456789012345678", "2"},
            {"2", "123456789012345678"},
            {"100.0", "500"},
            {"3.65", "365"}
        };
        for (String[] division : cases) {
            assertSameAsTheJdk(new BigDecimal(division[0]), new BigDecimal(division[1]));
        }
    }

    @Test
    void quotientsThatDoNotTerminateOrOperandsTooLongAreTheJdks() {
        assertSameAsTheJdk(BigDecimal.ONE, BigDecimal.valueOf(3));
        assertSameAsTheJdk(BigDecimal.valueOf(200), BigDecimal.valueOf(12));
        assertSameAsTheJdk(new BigDecimal("0.3333333333333333333333333333333333"), BigDecimal.ONE);
        assertSameAsTheJdk(new BigDecimal("1234567890123456789"), BigDecimal.valueOf(2));
        assertSameAsTheJdk(BigDecimal.ONE, new BigDecimal("1234567890123456789"));
        assertSameAsTheJdk(BigDecimal.valueOf(Long.MAX_VALUE), BigDecimal.valueOf(-1));
    }

    @Test
    void randomQuotientsAreTheJdks() {
        Random random = new Random(20261204);
        for (int i = 0; i < 200_000; i++) {
            assertSameAsTheJdk(randomDecimal(random), nonZero(randomDecimal(random)));
        }
    }

    /** Mostly small numbers with few decimals, as counts, weights and targets are; some of up to 40 digits. */
    private static BigDecimal randomDecimal(Random random) {
        BigInteger unscaled =
                switch (random.nextInt(4)) {
                    case 0 -> BigInteger.valueOf(random.nextInt(1000));
                    case 1 -> BigInteger.valueOf(random.nextLong() % 1_000_000_000_000L);
                    case 2 -> BigInteger.valueOf(random.nextLong());
                    default -> new BigInteger(1 + random.nextInt(133), random);
                };
        return new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(12) - 3);
    }

    private static BigDecimal nonZero(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ONE.movePointLeft(value.scale()) : value;
    }
}
