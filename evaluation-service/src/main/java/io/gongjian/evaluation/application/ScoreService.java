package io.gongjian.evaluation.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.commons.domain.Forbidden;
import io.gongjian.commons.domain.NotFound;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.Caller;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.domain.DayFigures;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.Facts;
import io.gongjian.evaluation.domain.Indicator;
import io.gongjian.evaluation.domain.Measure;
import io.gongjian.evaluation.domain.Numbers;
import io.gongjian.evaluation.domain.PeerPercentile;
import io.gongjian.evaluation.domain.Scorecard;
import io.gongjian.evaluation.domain.Window;
import io.gongjian.evaluation.domain.weights.WeightScheme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Scores, score history and rankings. The scores of the default window as of today are kept in
 * {@link CurrentScores} by {@link ScoreUpdates}; any other date or window is summed from the day figures on request
 * ({@link Scorecards}).
 */
@ApplicationScoped
public class ScoreService {

    static final int MAX_HISTORY_POINTS = 120;

    @Inject
    ReadModel readModel;

    @Inject
    FactSource facts;

    @Inject
    CurrentScores current;

    @Inject
    Scorecards scorecards;

    @Inject
    RankingSource rankingSource;

    @Inject
    BusinessCalendar calendar;

    @Inject
    ApplicableSchemes schemes;

    @Inject
    EarlyWarningService earlyWarnings;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScoreDocument score(Caller caller, UUID partnershipId, LocalDate asOf, Integer windowDays) {
        EvaluatedPartnership partnership = visible(caller, partnershipId);
        Window window = window(asOf, windowDays);
        // Warnings are for those who read the partnership's details: not for viewers.
        List<OpenWarning> warnings = Scope.readsDetails(caller, partnership)
                ? earlyWarnings.openOn(partnershipId, window.asOf())
                : List.of();
        if (isCurrent(window)) {
            var stored = current.document(partnershipId, window.asOf());
            if (stored.isPresent()) {
                return ScoreDocument.stored(stored.get(), asJson(warnings));
            }
        }
        return ScoreDocument.computed(ScoreReport.of(partnershipId, scorecards.of(partnership, window))
                .withWarnings(warnings));
    }

    /** The records and inputs behind one indicator of a score, a page of them, by business date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorRecords recordsBehind(
            Caller caller,
            UUID partnershipId,
            Indicator indicator,
            LocalDate asOf,
            Integer windowDays,
            PageRequest page) {
        EvaluatedPartnership partnership = visible(caller, partnershipId);
        Window window = window(asOf, windowDays);
        List<UUID> records = scorecards.recordsBehind(partnership, window, indicator);
        int from = Math.min(page.offset(), records.size());
        return IndicatorRecords.of(
                partnershipId,
                indicator,
                window.asOf(),
                window.days(),
                Page.of(records.subList(from, Math.min(from + page.size(), records.size())), page, records.size()));
    }

    /**
     * The records, targets and window behind a score, for the score workbook. Not for viewers: it shows the records'
     * contents, which they do not read.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScoreBasis basis(Caller caller, UUID partnershipId, LocalDate asOf, Integer windowDays) {
        EvaluatedPartnership partnership = readable(caller, partnershipId, "score.workbook-not-for-viewers");
        Window window = window(asOf, windowDays);
        return new ScoreBasis(
                partnership, window, load(partnership, window), scorecards.schemeOf(partnership, window.asOf()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScoreHistory history(
            Caller caller, UUID partnershipId, LocalDate from, LocalDate to, HistoryStep step, Integer windowDays) {
        EvaluatedPartnership partnership = readable(caller, partnershipId, "score.history-not-for-viewers");
        LocalDate today = calendar.today();
        LocalDate end = to == null ? today : to;
        if (end.isAfter(today)) {
            throw new RuleViolation("to", "date.in-future", "to", end, today);
        }
        HistoryStep spacing = step == null ? HistoryStep.MONTH : step;
        LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
        if (start.isAfter(end)) {
            throw new RuleViolation("from", "score.from-after-to", start, end);
        }
        int days = windowDays(windowDays);
        List<LocalDate> ends = new ArrayList<>();
        for (LocalDate stepEnd = spacing.endOf(start); ; stepEnd = spacing.endOf(stepEnd.plusDays(1))) {
            ends.add(stepEnd.isAfter(end) ? end : stepEnd);
            if (!stepEnd.isBefore(end)) {
                break;
            }
            if (ends.size() > MAX_HISTORY_POINTS) {
                throw new RuleViolation("from", "score.too-many-points", MAX_HISTORY_POINTS);
            }
        }
        List<ScoreHistory.Point> points = new ArrayList<>();
        for (Scorecard card : scorecards.history(partnership, ends, days)) {
            ScoreReport report = ScoreReport.of(partnershipId, card);
            points.add(new ScoreHistory.Point(
                    card.window().asOf(), report.composite(), report.grade(), report.coverage(), report.dimensions()));
        }
        return new ScoreHistory(partnershipId, days, spacing, points);
    }

    /**
     * Each indicator's percentile among the partnership's peers (WEIGHTS.md): the ACTIVE partnerships of its
     * province, their raw values computed from the figures a ranking of the province reads. The partnership's own raw
     * values are its score's (it is its own peer, ACTIVE or not).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PeerPercentiles percentiles(Caller caller, UUID partnershipId, LocalDate asOf, Integer windowDays) {
        EvaluatedPartnership partnership = visible(caller, partnershipId);
        Window window = window(asOf, windowDays);
        String province = partnership.regionCode().substring(0, 2);
        Scorecard own = scorecards.of(partnership, window);
        List<DayFigures> others = rankingSource.candidates(province, window.firstDay(), window.asOf()).stream()
                .filter(candidate -> !candidate.id().equals(partnershipId))
                .map(RankingCandidate::figures)
                .toList();
        List<PeerPercentiles.Line> lines = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            BigDecimal raw = own.indicator(indicator).raw();
            List<BigDecimal> peers = new ArrayList<>();
            for (DayFigures figures : others) {
                Measure measure = indicator.measure(window, figures);
                if (measure.available()) {
                    peers.add(measure.raw());
                }
            }
            if (raw != null) {
                peers.add(raw);
            }
            lines.add(new PeerPercentiles.Line(
                    indicator, Numbers.shown(raw), peers.size(), raw == null ? null : PeerPercentile.of(raw, peers)));
        }
        return new PeerPercentiles(partnershipId, window.asOf(), window.days(), province, lines);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Ranking ranking(Caller caller, String region, LocalDate asOf, Integer windowDays, PageRequest page) {
        String prefix = Scope.regionInReach(caller, region);
        Window window = window(asOf, windowDays);
        ApplicableSchemes.Choice choice = schemes.load();
        WeightScheme scheme = choice.applying(prefix, window.asOf());
        if (storedRankingHolds(window, prefix, choice)) {
            return Ranking.of(prefix, window.asOf(), window.days(), current.rank(prefix, page), scheme);
        }
        return Ranking.of(prefix, window.asOf(), window.days(), rankOnRequest(prefix, window, page, scheme), scheme);
    }

    /**
     * Whether the stored current scores rank {@code prefix}: they are of today's default window, and each was
     * computed with its own region's scheme, which is the prefix's for all of them only when no scheme in effect is
     * for a region inside the prefix. Otherwise the ranking is computed on request with the prefix's scheme (one
     * yardstick per ranking, WEIGHTS.md) rather than keeping a second set of stored scores per prefix: schemes for
     * sub-regions are few, and a ranking as of another date is computed on request anyway.
     */
    private boolean storedRankingHolds(Window window, String prefix, ApplicableSchemes.Choice choice) {
        return isCurrent(window)
                && choice.sameThroughout(prefix, window.asOf())
                && !current.anyComputedOnOtherDay(window.asOf());
    }

    /**
     * A whole ranking, for an export: checked as a page of it would be (region in the caller's reach, date, window),
     * then fed to {@link #rankAll} entry by entry.
     */
    public RankingScope rankingScope(Caller caller, String region, LocalDate asOf, Integer windowDays) {
        return new RankingScope(Scope.regionInReach(caller, region), window(asOf, windowDays));
    }

    /** Every entry of the ranking in rank order, kept-current ones read a page at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void rankAll(RankingScope scope, Consumer<RankingEntry> sink) {
        Window window = scope.window();
        ApplicableSchemes.Choice choice = schemes.load();
        if (storedRankingHolds(window, scope.region(), choice)) {
            Page.eachItem(request -> current.rank(scope.region(), request), "composite", true, sink);
            return;
        }
        List<RankedCandidate> ranked =
                rankedOnRequest(scope.region(), window, choice.applying(scope.region(), window.asOf()));
        for (int i = 0; i < ranked.size(); i++) {
            sink.accept(ranked.get(i).entry(i));
        }
    }

    private Page<RankingEntry> rankOnRequest(String prefix, Window window, PageRequest page, WeightScheme scheme) {
        List<RankedCandidate> ranked = rankedOnRequest(prefix, window, scheme);
        List<RankingEntry> items = new ArrayList<>();
        for (int i = page.offset(); i < Math.min(ranked.size(), page.offset() + page.size()); i++) {
            items.add(ranked.get(i).entry(i));
        }
        return Page.of(items, page, ranked.size());
    }

    /** The ranking of {@code prefix}, every composite computed with {@code scheme}: the prefix's. */
    private List<RankedCandidate> rankedOnRequest(String prefix, Window window, WeightScheme scheme) {
        return RankedCandidate.rank(rankingSource.candidates(prefix, window.firstDay(), window.asOf()), window, scheme);
    }

    /**
     * A partnership whose records the caller may read: 404 when it does not see the partnership, 403 saying
     * {@code refusal} when it sees only its scores (viewers).
     */
    EvaluatedPartnership readable(Caller caller, UUID partnershipId, String refusal) {
        EvaluatedPartnership partnership = visible(caller, partnershipId);
        if (!Scope.readsDetails(caller, partnership)) {
            throw new Forbidden(refusal);
        }
        return partnership;
    }

    private EvaluatedPartnership visible(Caller caller, UUID partnershipId) {
        return readModel
                .find(partnershipId)
                .filter(found -> Scope.sees(caller, found))
                .orElseThrow(() -> new NotFound("partnership", partnershipId));
    }

    private Facts load(EvaluatedPartnership partnership, Window window) {
        return facts.load(List.of(partnership), window.firstDay(), window.asOf())
                .get(partnership.id());
    }

    private String asJson(List<OpenWarning> warnings) {
        try {
            return json.writeValueAsString(warnings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("warnings are plain data", e);
        }
    }

    private boolean isCurrent(Window window) {
        return window.days() == Window.DEFAULT_DAYS && window.asOf().equals(calendar.today());
    }

    private Window window(LocalDate asOf, Integer windowDays) {
        LocalDate today = calendar.today();
        LocalDate date = asOf == null ? today : asOf;
        if (date.isAfter(today)) {
            throw new RuleViolation("asOf", "date.in-future", "asOf", date, today);
        }
        return new Window(date, windowDays(windowDays));
    }

    private static int windowDays(Integer requested) {
        int days = requested == null ? Window.DEFAULT_DAYS : requested;
        if (days < Window.MIN_DAYS || days > Window.MAX_DAYS) {
            throw new RuleViolation(
                    "windowDays", "number.between-was", "windowDays", Window.MIN_DAYS, Window.MAX_DAYS, days);
        }
        return days;
    }
}
