package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.application.ChangeFeedService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The change feed's upkeep: entries older than the retention go once an hour (readers number entries themselves). */
@ApplicationScoped
public class ChangeFeedJobs {

    @Inject
    ChangeFeedService service;

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        service.purge();
    }
}
