package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.DayFigures;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.Indicator;
import io.gongjian.evaluation.domain.Scorecard;
import io.gongjian.evaluation.domain.Window;
import io.gongjian.evaluation.domain.weights.WeightScheme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Scores summed from the stored day figures ({@link FiguresStore}): at most windowDays rows per partnership, however
 * many records lie behind them.
 */
@ApplicationScoped
public class Scorecards {

    /**
     * A score lists the records behind its indicators when the window's come to at most this many entries; a larger
     * partnership's score gives only their counts, and its records are read page by page.
     */
    public static final int LISTED_RECORDS = 1000;

    @Inject
    FiguresStore figures;

    @Inject
    ApplicableSchemes schemes;

    /** The scores of each partnership over {@code window}, listing the records behind them where they are few. */
    Map<UUID, Scorecard> of(Collection<EvaluatedPartnership> partnerships, Window window) {
        return of(partnerships, window, LISTED_RECORDS);
    }

    Scorecard of(EvaluatedPartnership partnership, Window window) {
        return of(List.of(partnership), window).get(partnership.id());
    }

    /** The scores as of each of {@code asOf} over windows of {@code days}, from one read of the figures. */
    List<Scorecard> history(EvaluatedPartnership partnership, List<LocalDate> asOf, int days) {
        Timeline timeline = timeline(partnership, asOf.get(0).minusDays(days - 1L), asOf.get(asOf.size() - 1));
        return asOf.stream().map(date -> timeline.card(new Window(date, days))).toList();
    }

    /**
     * A partnership's stored day figures over [{@code from}, {@code to}], read once (without the records behind
     * them), and the weight schemes of the moment: its scores as of any day whose window lies inside.
     */
    Timeline timeline(EvaluatedPartnership partnership, LocalDate from, LocalDate to) {
        return new Timeline(partnership, from, to, daysOf(partnership, from, to, 0), schemes.load());
    }

    /** See {@link #timeline}. */
    record Timeline(
            EvaluatedPartnership partnership,
            LocalDate from,
            LocalDate to,
            NavigableMap<LocalDate, DayFigures> days,
            ApplicableSchemes.Choice choice) {

        boolean covers(Window window) {
            return !window.firstDay().isBefore(from) && !window.asOf().isAfter(to);
        }

        Scorecard card(Window window) {
            return score(partnership, window, days, choice);
        }

        /** The composite, grade and coverage alone, as {@link #card} has them. */
        Scorecard.Standing standing(Window window) {
            return Scorecard.standing(
                    window,
                    DayFigures.over(window, days),
                    partnership.targets(),
                    choice.applying(partnership.regionCode(), window.asOf()));
        }
    }

    /** Every record behind {@code indicator} over {@code window}, by business date. */
    List<UUID> recordsBehind(EvaluatedPartnership partnership, Window window, Indicator indicator) {
        NavigableMap<LocalDate, DayFigures> stored =
                daysOf(partnership, window.firstDay(), window.asOf(), Integer.MAX_VALUE);
        return DayFigures.over(window, stored).recordsOf(indicator, window.asOf());
    }

    private Map<UUID, Scorecard> of(Collection<EvaluatedPartnership> partnerships, Window window, int listUpTo) {
        Map<UUID, NavigableMap<LocalDate, DayFigures>> stored = figures.load(
                partnerships.stream().map(EvaluatedPartnership::id).toList(),
                window.firstDay(),
                window.asOf(),
                listUpTo);
        ApplicableSchemes.Choice choice = schemes.load();
        Map<UUID, Scorecard> cards = new HashMap<>();
        for (EvaluatedPartnership partnership : partnerships) {
            cards.put(
                    partnership.id(),
                    score(partnership, window, stored.getOrDefault(partnership.id(), new TreeMap<>()), choice));
        }
        return cards;
    }

    private NavigableMap<LocalDate, DayFigures> daysOf(
            EvaluatedPartnership partnership, LocalDate from, LocalDate to, int listUpTo) {
        return figures.load(List.of(partnership.id()), from, to, listUpTo)
                .getOrDefault(partnership.id(), new TreeMap<>());
    }

    /** The scheme a partnership's score as of {@code date} is weighed by: its own region's (WEIGHTS.md). */
    WeightScheme schemeOf(EvaluatedPartnership partnership, LocalDate date) {
        return schemes.load().applying(partnership.regionCode(), date);
    }

    private static Scorecard score(
            EvaluatedPartnership partnership,
            Window window,
            NavigableMap<LocalDate, DayFigures> days,
            ApplicableSchemes.Choice choice) {
        return Scorecard.compute(
                window,
                DayFigures.over(window, days),
                partnership.targets(),
                choice.applying(partnership.regionCode(), window.asOf()));
    }
}
