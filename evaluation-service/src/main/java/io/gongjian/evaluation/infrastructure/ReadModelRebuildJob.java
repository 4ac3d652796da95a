package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.application.ReadModelRebuilds;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Resumes a read-model rebuild whose instance stopped (crashed, scaled down, redeployed) without an operator. */
@ApplicationScoped
public class ReadModelRebuildJob {

    @Inject
    ReadModelRebuilds rebuilds;

    @Scheduled(
            every = "${gongjian.evaluation.rebuild-check-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resumeAbandoned() {
        rebuilds.resumeAbandoned();
    }
}
