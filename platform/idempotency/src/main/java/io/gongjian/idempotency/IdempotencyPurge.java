package io.gongjian.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Keys live for the retention: after it, the same key names a new request, and its row goes. */
@ApplicationScoped
class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    @Inject
    IdempotencyStore store;

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        int purged = store.purge();
        if (purged > 0) {
            LOG.infof("Purged %d expired idempotency keys", purged);
        }
    }
}
