package io.gongjian.testing;

import java.util.List;
import java.util.Locale;

/** A benchmark's figures over its repeats, as Markdown rows of min, median and max. */
public final class Repeats {

    private Repeats() {}

    public static String header() {
        return "| measure | min | median | max |\n|---|---|---|---|";
    }

    /** One row: {@code measure}, then the least, middle and greatest of {@code values} in {@code format}. */
    public static String row(String measure, List<Double> values, String format) {
        List<Double> sorted = values.stream().sorted().toList();
        return String.format(
                Locale.ROOT,
                "| %s | " + format + " | " + format + " | " + format + " |",
                measure,
                sorted.get(0),
                sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1));
    }
}
