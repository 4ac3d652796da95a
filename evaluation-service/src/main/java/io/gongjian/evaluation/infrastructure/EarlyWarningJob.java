package io.gongjian.evaluation.infrastructure;

import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.application.EarlyWarningService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The warning scan of each replica, as of today (Asia/Shanghai): checks the partnerships whose date or current score
 * changed since their last check. Replicas share the work through the database (a partnership another holds is
 * skipped; one checked meanwhile is no longer due).
 */
@ApplicationScoped
public class EarlyWarningJob {

    @Inject
    EarlyWarningService warnings;

    @Inject
    BusinessCalendar calendar;

    @Scheduled(
            identity = "early-warnings",
            every = "${gongjian.warnings.scan-interval:1h}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scan() {
        warnings.scan(calendar.today());
    }
}
