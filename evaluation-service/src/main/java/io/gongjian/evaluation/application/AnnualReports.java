package io.gongjian.evaluation.application;

import io.gongjian.commons.domain.PlausibleDates;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.security.Caller;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.domain.InputDetails;
import io.gongjian.evaluation.domain.InputKind;
import io.gongjian.evaluation.domain.InputStatus;
import io.gongjian.evaluation.domain.RectificationDetails;
import io.gongjian.evaluation.domain.Scorecard;
import io.gongjian.records.application.RecordQuery;
import io.gongjian.records.domain.VersionedRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The annual evaluation report of a partnership (issue 14): gathered from the score, score-history and evaluator-input
 * use cases, so that the document shows the figures the API serves and computes none of its own. For the parties and
 * their bureau, like the score workbook and the history it contains (viewers: 403).
 */
@ApplicationScoped
public class AnnualReports {

    @Inject
    ScoreService scores;

    @Inject
    InputService inputs;

    @Inject
    BusinessCalendar calendar;

    /**
     * @param year the calendar year reported on, default the current one; its report is as of 31 December, or as of
     *     today while the year is under way, over the default window (the score the API serves for that day)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AnnualReport of(Caller caller, UUID partnershipId, Integer year) {
        LocalDate today = calendar.today();
        int reported = year == null ? today.getYear() : year;
        int earliest = PlausibleDates.EARLIEST.getYear();
        if (reported < earliest || reported > today.getYear()) {
            throw new RuleViolation("year", "number.between-was", "year", earliest, today.getYear(), reported);
        }
        LocalDate yearEnd = LocalDate.of(reported, 12, 31);
        LocalDate asOf = yearEnd.isAfter(today) ? today : yearEnd;
        scores.readable(caller, partnershipId, "score.report-not-for-viewers");
        ScoreBasis basis = scores.basis(caller, partnershipId, asOf, null);
        ScoreReport score =
                ScoreReport.of(partnershipId, Scorecard.compute(basis.window(), basis.facts(), basis.scheme()));
        ScoreHistory trend =
                scores.history(caller, partnershipId, LocalDate.of(reported, 1, 1), asOf, HistoryStep.MONTH, null);
        return new AnnualReport(
                basis.partnership(), reported, score, trend, openRectifications(caller, partnershipId, asOf), today);
    }

    /** The partnership's rectification items (not withdrawn) raised by {@code asOf} and still open then, oldest first. */
    private List<AnnualReport.OpenRectification> openRectifications(Caller caller, UUID partnershipId, LocalDate asOf) {
        RecordQuery query = new RecordQuery(
                InputKind.RECTIFICATION, partnershipId, null, null, asOf, InputStatus.ACTIVE.name(), Map.of());
        List<AnnualReport.OpenRectification> open = new ArrayList<>();
        Page.<VersionedRecord<InputDetails>>eachItem(
                request -> inputs.list(caller, query, request), "businessDate", false, item -> {
                    if (item.details() instanceof RectificationDetails details && details.openOn(asOf)) {
                        open.add(new AnnualReport.OpenRectification(
                                item.id(),
                                details.issue(),
                                details.raisedOn(),
                                details.dueOn(),
                                details.overdueOn(asOf)));
                    }
                });
        return open;
    }
}
