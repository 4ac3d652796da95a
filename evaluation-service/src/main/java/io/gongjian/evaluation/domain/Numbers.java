package io.gongjian.evaluation.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Full precision while computing (34 significant digits), half-up to 2 decimals only when shown. */
public final class Numbers {

    public static final MathContext PRECISION = MathContext.DECIMAL128;
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Operands of at most this many digits fit a long, and so does ten times them. */
    private static final int LONG_DIGITS = 18;

    private Numbers() {}

    /**
     * {@code dividend / divisor} to 34 significant digits, exactly as {@link BigDecimal#divide(BigDecimal,
     * MathContext)} has it, value and scale.
     */
    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        BigDecimal terminating = terminatingQuotient(dividend, divisor);
        return terminating != null ? terminating : dividend.divide(divisor, PRECISION);
    }

    /**
     * The quotient of two small operands when it terminates within a long's digits, else {@code null}. Most
     * quotients here do (counts over counts, volumes over round targets), and for those the JDK strips the 34-digit
     * result's trailing zeros one BigInteger division at a time: half a ranking's time. The JDK returns an exact
     * quotient at the scale closest to the preferred one (dividend's scale − divisor's scale); that is the preferred
     * scale plus the fewest decimals that make the division exact, found here in long arithmetic.
     */
    private static BigDecimal terminatingQuotient(BigDecimal dividend, BigDecimal divisor) {
        if (dividend.precision() > LONG_DIGITS || divisor.precision() > LONG_DIGITS || divisor.signum() == 0) {
            return null;
        }
        long numerator = dividend.unscaledValue().longValue();
        long denominator = divisor.unscaledValue().longValue();
        long scale = (long) dividend.scale() - divisor.scale();
        while (numerator % denominator != 0) {
            if (Math.abs(numerator) > Long.MAX_VALUE / 10) {
                return null;
            }
            numerator *= 10;
            scale++;
        }
        return scale == (int) scale ? BigDecimal.valueOf(numerator / denominator, (int) scale) : null;
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** As shown to users: rounded half-up to 2 decimals. */
    public static BigDecimal shown(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
