package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.Numbers;
import io.gongjian.evaluation.domain.Scorecard;
import io.gongjian.evaluation.domain.Window;
import io.gongjian.evaluation.domain.weights.WeightScheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A partnership's place in a ranking computed on request: its composite, grade and coverage under the ranking's
 * scheme.
 *
 * @param roughComposite the composite as a double, to sort by (unranked: below any composite)
 */
record RankedCandidate(RankingCandidate partnership, Scorecard.Standing card, double roughComposite) {

    /** Highest composite first, those without one last, ties by code. */
    static final Comparator<RankedCandidate> ORDER = (a, b) -> {
        int rough = Double.compare(b.roughComposite, a.roughComposite);
        if (rough != 0) {
            return rough;
        }
        int exact = a.card.composite() == null ? 0 : b.card.composite().compareTo(a.card.composite());
        return exact != 0 ? exact : a.partnership.code().compareTo(b.partnership.code());
    };

    /**
     * {@link #ORDER} as far as the composites' doubles tell it: {@link BigDecimal#doubleValue} keeps their order, and
     * comparing ten thousand 34-digit decimals was a quarter of a ranking's time.
     */
    private static final Comparator<RankedCandidate> ROUGH_ORDER = Comparator.comparingDouble(
                    RankedCandidate::roughComposite)
            .reversed()
            .thenComparing(candidate -> candidate.partnership.code());

    RankedCandidate(RankingCandidate partnership, Scorecard.Standing card) {
        this(
                partnership,
                card,
                card.composite() == null
                        ? Double.NEGATIVE_INFINITY
                        : card.composite().doubleValue());
    }

    /** The candidates in rank order, every composite computed with {@code scheme}. */
    static List<RankedCandidate> rank(List<RankingCandidate> candidates, Window window, WeightScheme scheme) {
        // On every core: ten thousand composites are most of a province's ranking as of another date.
        List<RankedCandidate> ranked = new ArrayList<>(candidates.parallelStream()
                .map(candidate -> new RankedCandidate(
                        candidate, Scorecard.standing(window, candidate.figures(), candidate.targets(), scheme)))
                .toList());
        ranked.sort(ROUGH_ORDER);
        // Equal doubles almost always stand for equal composites (partnerships with the same figures): only where
        // they do not are the decimals compared, once per candidate to find out and then in a sort of those alone.
        for (int start = 0, end; start < ranked.size(); start = end) {
            end = start + 1;
            while (end < ranked.size() && ranked.get(end).roughComposite == ranked.get(start).roughComposite) {
                end++;
            }
            List<RankedCandidate> tied = ranked.subList(start, end);
            if (!sameComposite(tied)) {
                tied.sort(ORDER);
            }
        }
        return ranked;
    }

    private static boolean sameComposite(List<RankedCandidate> tied) {
        BigDecimal first = tied.get(0).card.composite();
        return tied.stream().allMatch(candidate -> first == null || first.compareTo(candidate.card.composite()) == 0);
    }

    /** The rank at 0-based position {@code index}: ranked only with a composite. */
    Integer rank(int index) {
        return card.composite() == null ? null : index + 1;
    }

    /** The entry at 0-based position {@code index}. */
    RankingEntry entry(int index) {
        return new RankingEntry(
                rank(index),
                partnership.id(),
                partnership.code(),
                partnership.title(),
                partnership.regionCode(),
                Numbers.shown(card.composite()),
                card.grade(),
                Numbers.shown(card.coverage()));
    }
}
