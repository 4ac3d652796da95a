package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.DayFigures;
import io.gongjian.evaluation.domain.Indicator;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.UUID;

/**
 * The {@link DayFigures} of every partnership, one per business day that has records or inputs, kept current with the
 * read model: what every score is computed from (issue 16). The records behind them are kept beside the figures, a row
 * each, and read only when asked for.
 */
public interface FiguresStore {

    /**
     * Replaces the figures of {@code days} (all of the partnership's when {@code null}, which marks it folded) with
     * those of {@code folded} that fall on them; a day that {@code folded} lacks, or whose figures are empty, has no
     * figures any more.
     */
    void replace(UUID partnershipId, Set<LocalDate> days, NavigableMap<LocalDate, DayFigures> folded);

    /** Whether the partnership's figures were folded whole: until then, none of its days may be updated alone. */
    boolean folded(UUID partnershipId);

    /** The figures of these days of the partnership, without the records behind them; days without figures are absent. */
    NavigableMap<LocalDate, DayFigures> of(UUID partnershipId, Collection<LocalDate> days);

    /** A record listed behind an indicator on a day ({@code sign} 1), or no longer (−1). */
    record Listing(LocalDate day, Indicator indicator, DayFigures.RecordRef record, int sign) {}

    /**
     * Stores the figures of {@code days} (a day whose figures count nothing has none any more) and lists or unlists
     * the records of {@code listings}, in their order, without reading or writing the other records of those days.
     * Only activities and exchanges move so: their indicators keep their records in {@link
     * DayFigures#STORED_ORDER}.
     */
    void move(UUID partnershipId, NavigableMap<LocalDate, DayFigures> days, List<Listing> listings);

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

    /** Partnerships whose figures were never folded whole: folded once after the upgrade that introduced them. */
    List<UUID> unfolded();
}
