package io.gongjian.evaluation.infrastructure;

import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.application.WebhookDispatcher;
import io.gongjian.evaluation.application.WebhookFanOut;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The webhook jobs of each replica: fan out new changes and send what is due (one round, then the next), and look
 * for rectification items that became overdue. Replicas share the work through the database (locks skipped).
 */
@ApplicationScoped
public class WebhookJobs {

    @Inject
    WebhookFanOut fanOut;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    BusinessCalendar calendar;

    @Scheduled(
            identity = "webhook-dispatch",
            every = "${gongjian.webhooks.dispatch-interval:1s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void dispatch() {
        fanOut.followChangeFeed();
        dispatcher.dispatchDue();
    }

    @Scheduled(
            identity = "rectification-overdue",
            every = "${gongjian.webhooks.overdue-scan-interval:10m}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void announceOverdue() {
        fanOut.announceOverdueRectifications(calendar.today());
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeLog() {
        dispatcher.purgeLog();
    }
}
