package io.gongjian.evaluation.domain.benchmarks;

/** Where a benchmark stands on a date: its period not begun, running, or over. */
public enum BenchmarkState {
    UPCOMING,
    CURRENT,
    PAST
}
