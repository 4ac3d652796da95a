package io.gongjian.evaluation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.gongjian.evaluation.domain.DayFigures;
import io.gongjian.evaluation.domain.Window;
import io.gongjian.evaluation.domain.weights.WeightScheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The order of a ranking computed on request: exact where the composites' doubles cannot tell them apart. */
class RankedCandidateTest {

    private static final Window WINDOW = new Window(LocalDate.of(2026, 6, 30), 365);

    /** One activity with the given participation share: the composite moves with the share's last digits. */
    private static RankingCandidate candidate(String code, String share) {
        DayFigures figures = DayFigures.counts(1, 1, new BigDecimal(share), 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO);
        return new RankingCandidate(UUID.randomUUID(), code, code, "460101", Map.of(), figures);
    }

    private static List<String> codes(List<RankedCandidate> ranked) {
        return ranked.stream().map(candidate -> candidate.partnership().code()).toList();
    }

    @Test
    void compositesEqualAsDoublesAreRankedByTheirExactValueThenByCode() {
        List<RankingCandidate> candidates = new ArrayList<>(List.of(
                candidate("GJ-C", "0.5"),
                candidate("GJ-B", "0.5000000000000000000000001"),
                candidate("GJ-A", "0.5"),
                candidate("GJ-D", "0.9"),
                candidate("GJ-E", "0.1")));

        List<RankedCandidate> ranked = RankedCandidate.rank(candidates, WINDOW, WeightScheme.defaultScheme());

        assertEquals(List.of("GJ-D", "GJ-B", "GJ-A", "GJ-C", "GJ-E"), codes(ranked));
        // The case this is about: the doubles of GJ-B and GJ-A tie, their composites do not.
        assertEquals(ranked.get(1).roughComposite(), ranked.get(2).roughComposite());
        assertNotEquals(
                0,
                ranked.get(1).card().composite().compareTo(ranked.get(2).card().composite()));
        assertEquals(
                List.of(1, 2, 3, 4, 5),
                List.of(
                        ranked.get(0).rank(0),
                        ranked.get(1).rank(1),
                        ranked.get(2).rank(2),
                        ranked.get(3).rank(3),
                        ranked.get(4).rank(4)));
    }

    @Test
    void tiedRunsAreOrderedWhateverTheOrderTheCandidatesComeIn() {
        List<RankingCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            candidates.add(candidate(String.format("GJ-%03d", i), i % 3 == 0 ? "0.5000000000000000000000001" : "0.5"));
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 200; i += 3) {
            expected.add(String.format("GJ-%03d", i));
        }
        for (int i = 0; i < 200; i++) {
            if (i % 3 != 0) {
                expected.add(String.format("GJ-%03d", i));
            }
        }
        Collections.shuffle(candidates, new Random(4));

        assertEquals(expected, codes(RankedCandidate.rank(candidates, WINDOW, WeightScheme.defaultScheme())));
    }
}
