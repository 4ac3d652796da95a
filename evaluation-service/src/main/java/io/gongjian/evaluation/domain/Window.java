package io.gongjian.evaluation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The rolling window (docs/evaluation-method.md, 2): the closed date range [D − W + 1, D] for "as of" date D and
 * W days (30..1095). {@code annual = 365 / W} turns a count over the window into a per-year rate.
 */
public record Window(LocalDate asOf, int days) {

    public static final int DEFAULT_DAYS = 365;
    public static final int MIN_DAYS = 30;
    public static final int MAX_DAYS = 1095;

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
        return Numbers.divide(BigDecimal.valueOf(365), BigDecimal.valueOf(days));
    }
}
