package io.gongjian.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * How far this service's events lag behind its database, for alerts: {@code gongjian_outbox_pending},
 * {@code gongjian_outbox_oldest_pending_age_seconds} and {@code gongjian_outbox_parked}. Counted from the table
 * every few seconds, not by the relay, so that a relay that stopped working still shows: its age keeps growing.
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    @Inject
    OutboxEntries entries;

    @Inject
    MeterRegistry meters;

    private final AtomicReference<OutboxEntries.Backlog> backlog =
            new AtomicReference<>(new OutboxEntries.Backlog(0, null, 0));

    void onStart(@Observes StartupEvent event) {
        Gauge.builder("gongjian.outbox.pending", backlog, current -> current.get()
                        .pending())
                .description("Events committed to the database and not yet published to Kafka (parked ones excluded)")
                .register(meters);
        Gauge.builder("gongjian.outbox.oldest.pending.age", backlog, OutboxMetrics::oldestPendingAgeSeconds)
                .description("Age of the oldest event not yet published (0 when none): how far the topics lag behind")
                .baseUnit("seconds")
                .register(meters);
        Gauge.builder("gongjian.outbox.parked", backlog, current -> current.get()
                        .parked())
                .description("Events the broker kept refusing, set aside so that the others go on; a platform admin"
                        + " lists them and sends them again at <service API>/outbox/parked")
                .register(meters);
        refresh();
    }

    @Scheduled(
            every = "${gongjian.outbox.metrics-refresh:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            backlog.set(QuarkusTransaction.requiringNew().call(entries::backlog));
        } catch (RuntimeException e) {
            // The database is away: keep the last figures (the age keeps growing by itself).
            LOG.debugf("Outbox metrics not refreshed: %s", e.getMessage());
        }
    }

    private static double oldestPendingAgeSeconds(AtomicReference<OutboxEntries.Backlog> backlog) {
        var oldest = backlog.get().oldestPending();
        return oldest == null
                ? 0
                : Math.max(
                        0, Duration.between(oldest.toInstant(), Instant.now()).toMillis() / 1000.0);
    }
}
