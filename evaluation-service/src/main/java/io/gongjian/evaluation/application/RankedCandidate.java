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

    /**
     * Highest composite first, those without one last, ties by code. Composites are compared as doubles, and exactly
     * only where the doubles tie: {@link BigDecimal#doubleValue} keeps their order, and comparing ten thousand
     * 34-digit decimals was a quarter of a ranking's time.
     */
    static final Comparator<RankedCandidate> ORDER = (a, b) -> {
        int rough = Double.compare(b.roughComposite, a.roughComposite);
        if (rough != 0) {
            return rough;
        }
        int exact = a.card.composite() == null ? 0 : b.card.composite().compareTo(a.card.composite());
        return exact != 0 ? exact : a.partnership.code().compareTo(b.partnership.code());
    };

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
        ranked.sort(ORDER);
        return ranked;
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
