package io.gongjian.evaluation.infrastructure;

import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.application.Locks;
import io.gongjian.evaluation.application.ScoreService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Moves every partnership's current window when the date changes (Asia/Shanghai): records of the day that left the
 * window stop counting. Checked every minute and at start; meanwhile readers of a stale day get scores computed on
 * request, so nobody sees yesterday's window.
 */
@ApplicationScoped
public class WindowShiftJob {

    private static final Logger LOG = Logger.getLogger(WindowShiftJob.class);

    @Inject
    ScoreService scores;

    @Inject
    Locks locks;

    @Inject
    BusinessCalendar calendar;

    @Scheduled(
            every = "${gongjian.evaluation.window-check-interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void moveWindowsToToday() {
        moveWindows(calendar.today());
    }

    /** Recomputes, one transaction each, the partnerships whose current scores are of another day than {@code today}. */
    public int moveWindows(LocalDate today) {
        List<UUID> stale = scores.computedOnOtherDay(today);
        for (UUID partnershipId : stale) {
            QuarkusTransaction.requiringNew().run(() -> {
                locks.sharedReadModel();
                scores.refresh(Set.of(partnershipId), today);
            });
        }
        if (!stale.isEmpty()) {
            LOG.infof("Moved the windows of %d partnerships to %s", stale.size(), today);
        }
        return stale.size();
    }
}
