package io.gongjian.evaluation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.IntStream;

/**
 * The rolling window (docs/evaluation-method.md, 2): the closed date range [D − W + 1, D] for "as of" date D and
 * W days (30..1095). {@code annual = 365 / W} turns a count over the window into a per-year rate.
 */
public record Window(LocalDate asOf, int days) {

    public static final int DEFAULT_DAYS = 365;
    public static final int MIN_DAYS = 30;
    public static final int MAX_DAYS = 1095;

    /** 365 / W for every allowed W, divided once: a ranking multiplies by it for every volume indicator. */
    private static final BigDecimal[] ANNUAL = IntStream.rangeClosed(0, MAX_DAYS)
            .mapToObj(
                    days -> days < MIN_DAYS ? null : Numbers.divide(BigDecimal.valueOf(365), BigDecimal.valueOf(days)))
            .toArray(BigDecimal[]::new);

    public Window {
        if (asOf == null) {
            throw new IllegalArgumentException("asOf is required");
        }
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new IllegalArgumentException("windowDays must be between " + MIN_DAYS + " and " + MAX_DAYS);
        }
    }

    public LocalDate firstDay() {
        return asOf.minusDays(days - 1L);
    }

    /** Whether a business date counts: within [D − W + 1, D]; dates after D never count. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(asOf);
    }

    public BigDecimal annual() {
        return ANNUAL[days];
    }
}
