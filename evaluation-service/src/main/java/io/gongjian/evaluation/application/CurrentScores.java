package io.gongjian.evaluation.application;

import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.Scorecard;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The scores of the default window as of today, one row per partnership, kept current by every change. */
public interface CurrentScores {

    void save(EvaluatedPartnership partnership, Scorecard scorecard, ScoreReport report);

    /** The stored report, as the JSON document it is served as, when it was computed as of {@code asOf}. */
    Optional<String> document(UUID partnershipId, LocalDate asOf);

    /** The ACTIVE partnerships under the region prefix, best composite first, ties by code; unranked last. */
    Page<RankingEntry> rank(String regionPrefix, PageRequest page);

    /** Partnerships whose stored scores were computed as of another day than {@code today} (the date changed). */
    List<UUID> computedOnOtherDay(LocalDate today);

    /** Whether any stored scores are of another day than {@code today}: asked on every ranking, so cheap. */
    boolean anyComputedOnOtherDay(LocalDate today);

    /** Whether the partnership's stored score is of another day than {@code today}. */
    boolean computedOnOtherDay(UUID partnershipId, LocalDate today);
}
