package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.weights.SchemeResolution;
import io.gongjian.evaluation.domain.weights.WeightScheme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** Which weight scheme applies where and when (WEIGHTS.md), chosen among the saved ones as they are now. */
@ApplicationScoped
public class ApplicableSchemes {

    @Inject
    WeightSchemes schemes;

    /** The saved schemes, read once for the scores of one request or recomputation. */
    Choice load() {
        return new Choice(schemes.all().stream().map(SavedScheme::scheme).toList());
    }

    /** The saved schemes of one moment, to choose from. */
    record Choice(List<WeightScheme> saved) {

        /** The scheme that applies to a region code (or a ranking's prefix) on {@code date}. */
        WeightScheme applying(String regionCode, LocalDate date) {
            return SchemeResolution.applying(saved, regionCode, date);
        }

        /**
         * Whether every partnership in {@code prefix}'s region has, on {@code date}, the very scheme that applies to
         * the prefix: so when no scheme in effect is for a region strictly inside it. Only then are the stored
         * current scores (each under its own region's scheme) a ranking of the prefix under one scheme.
         */
        boolean sameThroughout(String prefix, LocalDate date) {
            return saved.stream()
                    .noneMatch(scheme -> !scheme.effectiveFrom().isAfter(date)
                            && scheme.regionPrefix().length() > prefix.length()
                            && scheme.regionPrefix().startsWith(prefix));
        }
    }
}
