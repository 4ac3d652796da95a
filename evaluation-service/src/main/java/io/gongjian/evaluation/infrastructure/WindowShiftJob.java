package io.gongjian.evaluation.infrastructure;

import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.application.ScoreUpdates;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Moves every partnership's current window when the date changes (Asia/Shanghai). Checked every minute and at
 * start; meanwhile readers of a stale day get scores computed on request, so nobody sees yesterday's window. At its
 * first run it also folds the day figures of partnerships that have none yet (once, after the upgrade that
 * introduced them).
 */
@ApplicationScoped
public class WindowShiftJob {

    @Inject
    ScoreUpdates updates;

    @Inject
    BusinessCalendar calendar;

    private volatile boolean figuresFolded;

    @Scheduled(
            every = "${gongjian.evaluation.window-check-interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void moveWindowsToToday() {
        if (!figuresFolded) {
            updates.foldUnfolded();
            figuresFolded = true;
        }
        moveWindows(calendar.today());
    }

    /** @return how many partnerships' windows moved */
    public int moveWindows(LocalDate today) {
        return updates.moveWindows(today);
    }
}
