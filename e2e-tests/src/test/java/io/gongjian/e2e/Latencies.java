package io.gongjian.e2e;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Latencies of one measured operation, reported as percentiles in milliseconds. */
final class Latencies {

    private final String name;
    private final List<Long> nanos = new ArrayList<>();

    Latencies(String name) {
        this.name = name;
    }

    void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    double percentile(double p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** One Markdown table row: name, samples, p50, p90, p99, max. */
    String row() {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.1f | %.1f | %.1f | %.1f |",
                name,
                nanos.size(),
                percentile(50),
                percentile(90),
                percentile(99),
                percentile(100));
    }

    /** One Markdown table row: name, samples, min, median, max. */
    String minMedianMaxRow() {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.1f | %.1f | %.1f |",
                name,
                nanos.size(),
                percentile(0),
                percentile(50),
                percentile(100));
    }

    static String minMedianMaxHeader() {
        return "| measured | samples | min ms | median ms | max ms |\n|---|---|---|---|---|";
    }

    static String header() {
        return "| measured | samples | p50 ms | p90 ms | p99 ms | max ms |\n|---|---|---|---|---|---|";
    }
}
