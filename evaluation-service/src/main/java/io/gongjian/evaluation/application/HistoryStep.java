package io.gongjian.evaluation.application;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The spacing of a score history. */
public enum HistoryStep {
    MONTH,
    QUARTER;

    /** The last day of the step that contains {@code date}. */
    public LocalDate endOf(LocalDate date) {
        return switch (this) {
            case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
            case QUARTER -> {
                int lastMonth = ((date.getMonthValue() - 1) / 3) * 3 + 3;
                yield date.withMonth(lastMonth).with(TemporalAdjusters.lastDayOfMonth());
            }
        };
    }
}
