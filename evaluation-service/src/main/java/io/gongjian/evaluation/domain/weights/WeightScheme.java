package io.gongjian.evaluation.domain.weights;

import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.evaluation.domain.Indicator;
import io.gongjian.evaluation.domain.Numbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A weight scheme of WEIGHTS.md: for a region prefix (2, 4 or 6 digits) from {@code effectiveFrom} on, a weight per
 * dimension and per indicator inside its dimension, and optional default annual targets for volume indicators; or
 * the {@linkplain #defaultScheme() default scheme} of INDICATORS.md, which has no prefix and no {@code
 * effectiveFrom} (it applies wherever and whenever no saved scheme does). Immutable: a change is a new version.
 *
 * <p>The weights are kept as given (each group sums to 1 within 1e-6) and used divided by their group's exact sum
 * ({@link #dimensionWeight}, {@link #indicatorWeight}), at {@link Numbers#PRECISION}.
 */
public final class WeightScheme {

    /** How the default scheme names its scope where a saved one names its region prefix. */
    public static final String DEFAULT = "DEFAULT";

    static final BigDecimal SUM_TOLERANCE = new BigDecimal("0.000001");

    private static final WeightScheme DEFAULT_SCHEME = defaults();

    private final String regionPrefix;
    private final int version;
    private final LocalDate effectiveFrom;
    private final Map<Dimension, BigDecimal> dimensionWeights;
    private final Map<Indicator, BigDecimal> indicatorWeights;
    private final Map<Indicator, BigDecimal> targets;
    private final PairwiseComparison comparisons;
    private final Map<Dimension, BigDecimal> normalisedDimensionWeights = new EnumMap<>(Dimension.class);
    private final Map<Indicator, BigDecimal> normalisedIndicatorWeights = new EnumMap<>(Indicator.class);
    /** Per dimension, indexed by set of available indicators (bit i: the i-th of {@link Indicator#of}). */
    private final Map<Dimension, BigDecimal[]> availableWeights = new EnumMap<>(Dimension.class);

    private final Map<Dimension, BigDecimal[]> coverageShares = new EnumMap<>(Dimension.class);

    private WeightScheme(
            String regionPrefix,
            int version,
            LocalDate effectiveFrom,
            Map<Dimension, BigDecimal> dimensionWeights,
            Map<Indicator, BigDecimal> indicatorWeights,
            Map<Indicator, BigDecimal> targets,
            PairwiseComparison comparisons) {
        this.regionPrefix = regionPrefix;
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.dimensionWeights = checkedDimensionWeights(dimensionWeights);
        this.indicatorWeights = checkedIndicatorWeights(indicatorWeights);
        this.targets = checkedTargets(targets);
        this.comparisons = comparisons;
        BigDecimal dimensionSum = sum(this.dimensionWeights.values());
        for (Dimension dimension : Dimension.values()) {
            normalisedDimensionWeights.put(
                    dimension, Numbers.divide(this.dimensionWeights.get(dimension), dimensionSum));
            BigDecimal indicatorSum = sum(Indicator.of(dimension).stream()
                    .map(this.indicatorWeights::get)
                    .toList());
            for (Indicator indicator : Indicator.of(dimension)) {
                normalisedIndicatorWeights.put(
                        indicator, Numbers.divide(this.indicatorWeights.get(indicator), indicatorSum));
            }
            availableWeights.put(dimension, availableWeights(dimension));
            coverageShares.put(dimension, coverageShares(dimension));
        }
    }

    /** {@link #availableWeight} for each set of the dimension's indicators. */
    private BigDecimal[] availableWeights(Dimension dimension) {
        List<Indicator> indicators = Indicator.of(dimension);
        BigDecimal[] weights = new BigDecimal[1 << indicators.size()];
        for (int available = 0; available < weights.length; available++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < indicators.size(); i++) {
                if ((available & (1 << i)) != 0) {
                    sum = sum.add(indicatorWeight(indicators.get(i)));
                }
            }
            weights[available] = sum;
        }
        return weights;
    }

    /**
     * {@link #coverageShare} for each set of the dimension's indicators: it depends on the scheme alone, and a
     * ranking would otherwise divide it out again for each of ten thousand partnerships.
     */
    private BigDecimal[] coverageShares(Dimension dimension) {
        BigDecimal[] weights = availableWeights.get(dimension);
        int all = weights.length - 1;
        BigDecimal dimensionWeight = dimensionWeight(dimension);
        BigDecimal[] shares = new BigDecimal[weights.length];
        for (int available = 0; available <= all; available++) {
            // The dimension's weight × the available indicators' share of its indicators' weights: one rounding, so
            // that a coverage of exactly 0.775 is not 0.77499… through the 34-digit thirds of equal weights. With all
            // of them available, no division: the same value.
            shares[available] = available == all
                    ? dimensionWeight
                    : Numbers.divide(dimensionWeight.multiply(weights[available]), weights[all]);
        }
        return shares;
    }

    /**
     * A scheme for {@code regionPrefix} with the dimension weights given directly.
     *
     * @param targets default annual targets of volume indicators, may be {@code null} or leave any out
     */
    public static WeightScheme of(
            String regionPrefix,
            int version,
            LocalDate effectiveFrom,
            Map<Dimension, BigDecimal> dimensionWeights,
            Map<Indicator, BigDecimal> indicatorWeights,
            Map<Indicator, BigDecimal> targets) {
        checkScope(regionPrefix, version, effectiveFrom);
        return new WeightScheme(
                regionPrefix, version, effectiveFrom, dimensionWeights, indicatorWeights, targets, null);
    }

    /** A scheme for {@code regionPrefix} whose dimension weights are those of consistent pairwise comparisons. */
    public static WeightScheme fromComparisons(
            String regionPrefix,
            int version,
            LocalDate effectiveFrom,
            PairwiseComparison comparisons,
            Map<Indicator, BigDecimal> indicatorWeights,
            Map<Indicator, BigDecimal> targets) {
        checkScope(regionPrefix, version, effectiveFrom);
        if (comparisons == null) {
            throw new RuleViolation("pairwiseComparisons", "required", "pairwiseComparisons");
        }
        return new WeightScheme(
                regionPrefix, version, effectiveFrom, comparisons.weights(), indicatorWeights, targets, comparisons);
    }

    /**
     * A scheme given to weigh a what-if ranking with and never saved: its weights and targets checked as a saved
     * scheme's are, but without a region prefix, version or {@code effectiveFrom}, it applies nowhere by itself.
     *
     * @param targets default annual targets of volume indicators, may be {@code null} or leave any out
     */
    public static WeightScheme unsaved(
            Map<Dimension, BigDecimal> dimensionWeights,
            Map<Indicator, BigDecimal> indicatorWeights,
            Map<Indicator, BigDecimal> targets) {
        return new WeightScheme(null, 0, null, dimensionWeights, indicatorWeights, targets, null);
    }

    /** A scheme never saved, as {@link #unsaved}, whose dimension weights are those of consistent comparisons. */
    public static WeightScheme unsavedFromComparisons(
            PairwiseComparison comparisons,
            Map<Indicator, BigDecimal> indicatorWeights,
            Map<Indicator, BigDecimal> targets) {
        if (comparisons == null) {
            throw new RuleViolation("pairwiseComparisons", "required", "pairwiseComparisons");
        }
        return new WeightScheme(null, 0, null, comparisons.weights(), indicatorWeights, targets, comparisons);
    }

    /**
     * INDICATORS.md's scheme: ORGANIZATION 0.25, RESOURCE 0.20, SOCIAL 0.20, INNOVATION 0.20, FEEDBACK 0.15, equal
     * indicator weights inside each dimension, and the default targets of the volume indicators.
     */
    public static WeightScheme defaultScheme() {
        return DEFAULT_SCHEME;
    }

    private static WeightScheme defaults() {
        Map<Dimension, BigDecimal> dimensionWeights = new EnumMap<>(Map.of(
                Dimension.ORGANIZATION, new BigDecimal("0.25"),
                Dimension.RESOURCE, new BigDecimal("0.20"),
                Dimension.SOCIAL, new BigDecimal("0.20"),
                Dimension.INNOVATION, new BigDecimal("0.20"),
                Dimension.FEEDBACK, new BigDecimal("0.15")));
        Map<Indicator, BigDecimal> indicatorWeights = new EnumMap<>(Indicator.class);
        for (Dimension dimension : Dimension.values()) {
            BigDecimal equalShare = Numbers.divide(
                    BigDecimal.ONE, BigDecimal.valueOf(Indicator.of(dimension).size()));
            Indicator.of(dimension).forEach(indicator -> indicatorWeights.put(indicator, equalShare));
        }
        Map<Indicator, BigDecimal> targets = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            if (indicator.defaultTarget() != null) {
                targets.put(indicator, indicator.defaultTarget());
            }
        }
        return new WeightScheme(null, 1, null, dimensionWeights, indicatorWeights, targets, null);
    }

    /**
     * Whether this scheme is for a prefix of {@code regionCode} and in effect on {@code date}; the default and an
     * unsaved one: never.
     */
    public boolean appliesTo(String regionCode, LocalDate date) {
        return regionPrefix != null && regionCode.startsWith(regionPrefix) && !effectiveFrom.isAfter(date);
    }

    /** Whether this is INDICATORS.md's scheme, of which there is one. */
    public boolean isDefault() {
        return this == DEFAULT_SCHEME;
    }

    /** The region prefix, {@code null} for the default scheme and an unsaved one. */
    public String regionPrefix() {
        return regionPrefix;
    }

    /** What a response names the scheme by: its region prefix, or {@link #DEFAULT}; {@code null} when unsaved. */
    public String scope() {
        return isDefault() ? DEFAULT : regionPrefix;
    }

    /** Its version within its prefix: 1 for the default, 0 for an unsaved scheme. */
    public int version() {
        return version;
    }

    /** The first date the scheme applies on, {@code null} for the default scheme and an unsaved one. */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** The dimension weights as given (or derived from the comparisons). */
    public Map<Dimension, BigDecimal> dimensionWeights() {
        return dimensionWeights;
    }

    /** The indicator weights as given. */
    public Map<Indicator, BigDecimal> indicatorWeights() {
        return indicatorWeights;
    }

    /** The default annual targets this scheme sets (volume indicators only, any may be left out). */
    public Map<Indicator, BigDecimal> targets() {
        return targets;
    }

    /** The pairwise comparisons the dimension weights come from, {@code null} when they were given directly. */
    public PairwiseComparison comparisons() {
        return comparisons;
    }

    /** The dimension's weight divided by the exact sum of the dimension weights. */
    public BigDecimal dimensionWeight(Dimension dimension) {
        return normalisedDimensionWeights.get(dimension);
    }

    /** The indicator's weight divided by the exact sum of the indicator weights of its dimension. */
    public BigDecimal indicatorWeight(Indicator indicator) {
        return normalisedIndicatorWeights.get(indicator);
    }

    /**
     * Σ of the (normalised) weights of the dimension's indicators in {@code available}: bit {@code i} set for the
     * {@code i}-th of {@link Indicator#of}.
     */
    public BigDecimal availableWeight(Dimension dimension, int available) {
        return availableWeights.get(dimension)[available];
    }

    /**
     * What {@code dimension} adds to a scorecard's coverage (Σ of the available indicators' effective weights) when
     * the indicators of {@code available} are: bit {@code i} set for the {@code i}-th of {@link Indicator#of}.
     */
    public BigDecimal coverageShare(Dimension dimension, int available) {
        return coverageShares.get(dimension)[available];
    }

    /** A volume indicator's target under this scheme: its own, else INDICATORS.md's default; others: {@code null}. */
    public BigDecimal target(Indicator indicator) {
        if (indicator.scoring() != Indicator.Scoring.VOLUME) {
            return null;
        }
        return targets.getOrDefault(indicator, indicator.defaultTarget());
    }

    /**
     * The target a volume indicator is scored against: the agreement's own (keyed by indicator code) when it sets
     * one, else {@link #target this scheme's}.
     */
    public BigDecimal targetFor(Indicator indicator, Map<String, BigDecimal> agreementTargets) {
        BigDecimal schemeTarget = target(indicator);
        return schemeTarget == null ? null : agreementTargets.getOrDefault(indicator.name(), schemeTarget);
    }

    private static void checkScope(String regionPrefix, int version, LocalDate effectiveFrom) {
        if (regionPrefix == null) {
            throw new RuleViolation("regionPrefix", "required", "regionPrefix");
        }
        if (!regionPrefix.matches("\\d{2}|\\d{4}|\\d{6}")) {
            throw new RuleViolation("regionPrefix", "scheme.region-prefix", "regionPrefix", regionPrefix);
        }
        if (version < 1) {
            throw new RuleViolation("version", "number.at-least", "version", 1, version);
        }
        if (effectiveFrom == null) {
            throw new RuleViolation("effectiveFrom", "required", "effectiveFrom");
        }
    }

    private static Map<Dimension, BigDecimal> checkedDimensionWeights(Map<Dimension, BigDecimal> given) {
        if (given == null) {
            throw new RuleViolation("dimensionWeights", "required", "dimensionWeights");
        }
        Map<Dimension, BigDecimal> weights = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            weights.put(dimension, positive("dimensionWeights." + dimension.name(), given.get(dimension)));
        }
        BigDecimal sum = sum(weights.values());
        if (!sumsToOne(sum)) {
            throw new RuleViolation("dimensionWeights", "scheme.dimension-weights-sum", sum.toPlainString());
        }
        return Collections.unmodifiableMap(weights);
    }

    private static Map<Indicator, BigDecimal> checkedIndicatorWeights(Map<Indicator, BigDecimal> given) {
        if (given == null) {
            throw new RuleViolation("indicatorWeights", "required", "indicatorWeights");
        }
        Map<Indicator, BigDecimal> weights = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            weights.put(indicator, positive("indicatorWeights." + indicator.name(), given.get(indicator)));
        }
        for (Dimension dimension : Dimension.values()) {
            BigDecimal sum =
                    sum(Indicator.of(dimension).stream().map(weights::get).toList());
            if (!sumsToOne(sum)) {
                throw new RuleViolation(
                        "indicatorWeights", "scheme.indicator-weights-sum", dimension.name(), sum.toPlainString());
            }
        }
        return Collections.unmodifiableMap(weights);
    }

    private static Map<Indicator, BigDecimal> checkedTargets(Map<Indicator, BigDecimal> given) {
        Map<Indicator, BigDecimal> targets = new EnumMap<>(Indicator.class);
        if (given == null) {
            return Collections.unmodifiableMap(targets);
        }
        for (Indicator indicator : Indicator.values()) {
            if (!given.containsKey(indicator)) {
                continue;
            }
            String field = "targets." + indicator.name();
            if (indicator.scoring() != Indicator.Scoring.VOLUME) {
                throw new RuleViolation(field, "scheme.target-not-volume", indicator.name(), volumeIndicators());
            }
            targets.put(indicator, positive(field, given.get(indicator)));
        }
        return Collections.unmodifiableMap(targets);
    }

    private static BigDecimal positive(String field, BigDecimal value) {
        if (value == null) {
            throw new RuleViolation(field, "required", field);
        }
        if (value.signum() <= 0) {
            throw new RuleViolation(field, "scheme.above-zero", field, value.toPlainString());
        }
        return value;
    }

    private static boolean sumsToOne(BigDecimal sum) {
        return sum.subtract(BigDecimal.ONE).abs().compareTo(SUM_TOLERANCE) <= 0;
    }

    private static BigDecimal sum(Iterable<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = sum.add(value);
        }
        return sum;
    }

    private static String volumeIndicators() {
        return String.join(
                ", ",
                Arrays.stream(Indicator.values())
                        .filter(indicator -> indicator.scoring() == Indicator.Scoring.VOLUME)
                        .map(Indicator::name)
                        .toList());
    }

    /** Equal when scope, version, date, weights and targets as given (scale included) and comparisons are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof WeightScheme scheme
                && Objects.equals(regionPrefix, scheme.regionPrefix)
                && version == scheme.version
                && Objects.equals(effectiveFrom, scheme.effectiveFrom)
                && dimensionWeights.equals(scheme.dimensionWeights)
                && indicatorWeights.equals(scheme.indicatorWeights)
                && targets.equals(scheme.targets)
                && Objects.equals(comparisons, scheme.comparisons);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regionPrefix, version, effectiveFrom, dimensionWeights, indicatorWeights, targets);
    }

    @Override
    public String toString() {
        return "WeightScheme[" + scope() + " v" + version + " from " + effectiveFrom + ", dimensions "
                + dimensionWeights + ", indicators " + indicatorWeights + ", targets " + targets + "]";
    }
}
