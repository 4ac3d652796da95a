package io.gongjian.evaluation.application;

import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.Caller;
import io.gongjian.commons.security.PartnershipVisibility;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.Scorecard;
import io.gongjian.evaluation.domain.Window;
import io.gongjian.evaluation.domain.warnings.Warning;
import io.gongjian.evaluation.domain.warnings.WarningCheck;
import io.gongjian.evaluation.domain.warnings.WarningKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Early warnings (WEIGHTS.md, "Early warnings"; docs/evaluation-method.md, 9): the scan that opens and ends them, and
 * the list. The scan checks, as of today, each partnership that is ACTIVE or has an open warning, when the date
 * changed since its last check or its current score was recomputed since (every record, input, status change, scheme
 * and window move recomputes it): one transaction per partnership, under its lock, so that replicas scanning at once
 * check each partnership once and open each warning once.
 */
@ApplicationScoped
public class EarlyWarningService {

    private static final Logger LOG = Logger.getLogger(EarlyWarningService.class);

    @Inject
    EarlyWarnings warnings;

    @Inject
    ReadModel readModel;

    @Inject
    Scorecards scorecards;

    @Inject
    Locks locks;

    @Inject
    ChangeFeed feed;

    @Inject
    WebhookFanOut fanOut;

    /**
     * Checks each partnership due as of {@code today}, one transaction each; one another transaction holds (another
     * replica at it, or an event being applied, which makes it due again) is left for the next scan. Answers how many
     * it checked.
     */
    public int scan(LocalDate today) {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> warnings.due(today));
        int checked = 0;
        for (UUID partnershipId : due) {
            boolean claimed = QuarkusTransaction.requiringNew().call(() -> {
                locks.sharedReadModel();
                if (!locks.tryPartnership(partnershipId) || !warnings.due(partnershipId, today)) {
                    return false;
                }
                readModel.partnerships(List.of(partnershipId)).forEach(partnership -> check(partnership, today));
                warnings.checked(partnershipId, today);
                return true;
            });
            checked += claimed ? 1 : 0;
        }
        if (checked > 0) {
            LOG.debugf("Checked the early warnings of %d partnerships as of %s", checked, today);
        }
        return checked;
    }

    /**
     * Opens the warnings that hold as of {@code today} and are not open yet, ends the open ones that no longer hold
     * (all of them when the partnership is no longer ACTIVE), announces each through the webhooks and, when any
     * opened or ended, enters the open ones in the change feed.
     */
    private void check(EvaluatedPartnership partnership, LocalDate today) {
        List<EarlyWarnings.Stored> open = warnings.open(partnership.id());
        Standings standings = new Standings(partnership, today);
        UUID firstMoved = null;
        if (!partnership.isActive()) {
            for (EarlyWarnings.Stored warning : open) {
                end(partnership, warning, today);
                firstMoved = firstMoved == null ? warning.id() : firstMoved;
            }
        } else {
            WarningCheck check = new WarningCheck(
                    today,
                    partnership.termStart(),
                    warnings.activityDays(partnership.id()),
                    warnings.rectificationItems(partnership.id()),
                    standings::at);
            List<Warning> holding = check.holding();
            for (EarlyWarnings.Stored warning : open) {
                if (holding.stream().noneMatch(w -> w.is(warning.kind(), warning.subjectId()))) {
                    end(
                            partnership,
                            warning,
                            check.endOf(warning.kind(), warning.subjectId(), warning.startedOn())
                                    .orElse(today));
                    firstMoved = firstMoved == null ? warning.id() : firstMoved;
                }
            }
            for (Warning warning : holding) {
                if (open.stream().noneMatch(o -> warning.is(o.kind(), o.subjectId()))) {
                    var opened = warnings.open(partnership.id(), partnership.regionCode(), warning);
                    if (opened.isPresent()) {
                        fanOut.announceWarningStarted(opened.get(), partnership, warning);
                        firstMoved = firstMoved == null ? opened.get() : firstMoved;
                    }
                }
            }
        }
        if (firstMoved != null) {
            feed.recordWarnings(
                    partnership,
                    standings.card(today),
                    warnings.openOn(partnership.id(), today),
                    ChangeCause.warning(firstMoved));
        }
    }

    private void end(EvaluatedPartnership partnership, EarlyWarnings.Stored warning, LocalDate endedOn) {
        warnings.end(warning.id(), endedOn);
        fanOut.announceWarningEnded(warning, partnership, endedOn);
    }

    /** A list of warnings asked for, checked: what it filters by, and what the caller may see of it. */
    public record WarningQuery(EarlyWarnings.Filter filter, PartnershipVisibility visibility) {}

    /** Checks what a list asks for (400 naming a malformed region), before a page or an export of it is read. */
    public WarningQuery query(Caller caller, String region, WarningKind kind, UUID partnershipId, WarningState state) {
        return new WarningQuery(
                new EarlyWarnings.Filter(
                        Scope.regionPrefix(region), kind, partnershipId, state == null ? WarningState.OPEN : state),
                PartnershipVisibility.of(caller, readModel::involving));
    }

    /** A page of the warnings the caller may see, newest start first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WarningEntry> list(WarningQuery query, PageRequest page) {
        return warnings.list(query.filter(), query.visibility(), page);
    }

    /** Every warning of the list in its order, for an export: read a page at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void listAll(WarningQuery query, Consumer<WarningEntry> sink) {
        Page.eachItem(request -> list(query, request), "startedOn", true, sink);
    }

    /** The warnings of a partnership open on {@code day}, for its score. */
    List<OpenWarning> openOn(UUID partnershipId, LocalDate day) {
        return warnings.openOn(partnershipId, day);
    }

    /**
     * A partnership's standings (default window, its region's scheme on each day) as the check asks for them, each
     * computed once, from one read of its day figures: first of the windows of today and of the day a score drop is
     * measured from; once a warning is followed back further, of the whole look-back.
     */
    private final class Standings {

        /** The first day of the window of the earliest day the check may ask for: a drop's, a look-back before D. */
        private static final int LOOK_BACK_WINDOWS_FROM =
                WarningCheck.LOOK_BACK_DAYS - 1 + WarningCheck.DROP_LAG_DAYS + Window.DEFAULT_DAYS - 1;

        private final EvaluatedPartnership partnership;
        private final LocalDate today;
        private final Map<LocalDate, Scorecard.Standing> standings = new HashMap<>();
        private Scorecards.Timeline timeline;

        Standings(EvaluatedPartnership partnership, LocalDate today) {
            this.partnership = partnership;
            this.today = today;
        }

        Scorecard.Standing at(LocalDate day) {
            return standings.computeIfAbsent(day, d -> timelineOf(window(d)).standing(window(d)));
        }

        Scorecard card(LocalDate day) {
            return timelineOf(window(day)).card(window(day));
        }

        private static Window window(LocalDate day) {
            return new Window(day, Window.DEFAULT_DAYS);
        }

        private Scorecards.Timeline timelineOf(Window window) {
            if (timeline == null || !timeline.covers(window)) {
                LocalDate from = timeline == null
                        ? today.minusDays(WarningCheck.DROP_LAG_DAYS + Window.DEFAULT_DAYS - 1L)
                        : today.minusDays(LOOK_BACK_WINDOWS_FROM);
                timeline = scorecards.timeline(
                        partnership, window.firstDay().isBefore(from) ? window.firstDay() : from, today);
            }
            return timeline;
        }
    }
}
