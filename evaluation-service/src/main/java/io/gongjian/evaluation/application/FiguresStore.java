package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.DayFigures;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.UUID;

/**
 * The {@link DayFigures} of every partnership, one per business day that has records or inputs, kept current with the
 * read model: what every score is computed from (issue 16). The records behind them are kept beside the figures and
 * read only when asked for.
 */
public interface FiguresStore {

    /**
     * Replaces the figures of {@code days} (all of the partnership's when {@code null}) with those of {@code folded}
     * that fall on them; a day that {@code folded} lacks has no figures any more.
     */
    void replace(UUID partnershipId, Set<LocalDate> days, NavigableMap<LocalDate, DayFigures> folded);

    /** The days of the partnership that have figures. */
    List<LocalDate> days(UUID partnershipId);

    /** The days of the partnership whose figures include evaluator inputs. */
    List<LocalDate> inputDays(UUID partnershipId);

    /**
     * The figures of these partnerships' days in [from, to]; with the records behind them for each partnership whose
     * days in [from, to] list at most {@code listRecordsUpTo} entries in all.
     */
    Map<UUID, NavigableMap<LocalDate, DayFigures>> load(
            Collection<UUID> partnershipIds, LocalDate from, LocalDate to, int listRecordsUpTo);

    /** Partnerships that have records or inputs but no figures: folded once after an upgrade. */
    List<UUID> unfolded();

    void clear();
}
