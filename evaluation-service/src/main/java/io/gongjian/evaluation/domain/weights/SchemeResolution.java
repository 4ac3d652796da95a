package io.gongjian.evaluation.domain.weights;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;

/**
 * The scheme that applies to a region code on a date (WEIGHTS.md): among the saved schemes whose prefix is a prefix
 * of the code and whose {@code effectiveFrom} is on or before the date, the longest prefix, then the latest {@code
 * effectiveFrom}, then the highest version; none: the default scheme.
 */
public final class SchemeResolution {

    private static final Comparator<WeightScheme> PRECEDENCE = Comparator.comparingInt(
                    (WeightScheme scheme) -> scheme.regionPrefix().length())
            .thenComparing(WeightScheme::effectiveFrom)
            .thenComparingInt(WeightScheme::version);

    private SchemeResolution() {}

    /**
     * @param saved the saved schemes to choose from (any regions, dates and versions)
     * @param regionCode a partnership's region code, or the prefix a ranking is for
     */
    public static WeightScheme applying(Collection<WeightScheme> saved, String regionCode, LocalDate date) {
        return saved.stream()
                .filter(scheme -> scheme.appliesTo(regionCode, date))
                .max(PRECEDENCE)
                .orElse(WeightScheme.defaultScheme());
    }
}
