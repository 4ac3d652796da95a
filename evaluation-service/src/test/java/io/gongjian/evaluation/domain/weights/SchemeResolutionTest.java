package io.gongjian.evaluation.domain.weights;

import static io.gongjian.evaluation.domain.weights.WeightSchemeTest.scheme;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scheme that applies: longest prefix in effect, then latest effectiveFrom, then highest version; else default. */
class SchemeResolutionTest {

    static final WeightScheme BEIJING = scheme("11", 1, LocalDate.of(2026, 1, 1));
    static final WeightScheme CITY_V1 = scheme("1101", 1, LocalDate.of(2026, 6, 1));
    static final WeightScheme CITY_V2 = scheme("1101", 2, LocalDate.of(2026, 6, 1));
    static final WeightScheme CITY_V3 = scheme("1101", 3, LocalDate.of(2026, 9, 1));
    /** Saved after v3 but in effect from an earlier date: the later effectiveFrom (v3) still wins. */
    static final WeightScheme CITY_V4 = scheme("1101", 4, LocalDate.of(2026, 8, 1));

    static final WeightScheme DISTRICT = scheme("110105", 1, LocalDate.of(2027, 1, 1));
    static final WeightScheme TIANJIN = scheme("12", 1, LocalDate.of(2025, 1, 1));
    static final List<WeightScheme> SAVED = List.of(DISTRICT, CITY_V4, CITY_V3, CITY_V2, BEIJING, TIANJIN, CITY_V1);

    @Test
    void theLongestPrefixInEffectApplies() {
        assertSame(BEIJING, applying("110105", "2026-05-31"));
        assertSame(CITY_V2, applying("110105", "2026-06-01"));
        assertSame(DISTRICT, applying("110105", "2027-01-01"));
        assertSame(CITY_V3, applying("110106", "2027-01-01"));
        assertSame(TIANJIN, applying("120101", "2026-01-01"));
    }

    @Test
    void amongTheLongestTheLatestEffectiveFromThenTheHighestVersion() {
        assertSame(CITY_V2, applying("110101", "2026-07-31"));
        assertSame(CITY_V4, applying("110101", "2026-08-01"));
        assertSame(CITY_V3, applying("110101", "2026-09-01"));
        assertSame(CITY_V3, applying("110101", "2030-01-01"));
    }

    @Test
    void aRankingsPrefixIsResolvedLikeACode() {
        assertSame(CITY_V3, applying("1101", "2027-02-01"));
        assertSame(BEIJING, applying("11", "2027-02-01"));
        assertSame(BEIJING, applying("1102", "2027-02-01"));
    }

    @Test
    void withoutAnySchemeInEffectTheDefaultApplies() {
        assertSame(WeightScheme.defaultScheme(), applying("110105", "2025-12-31"));
        assertSame(WeightScheme.defaultScheme(), applying("310101", "2027-01-01"));
        assertSame(WeightScheme.defaultScheme(), applying("1", "2027-01-01"));
        assertSame(
                WeightScheme.defaultScheme(), SchemeResolution.applying(List.of(), "110105", LocalDate.of(2027, 1, 1)));
    }

    private static WeightScheme applying(String regionCode, String date) {
        return SchemeResolution.applying(SAVED, regionCode, LocalDate.parse(date));
    }
}
