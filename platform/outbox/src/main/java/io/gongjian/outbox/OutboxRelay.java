package io.gongjian.outbox;

import io.gongjian.commons.events.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Takes committed outbox entries to Kafka, oldest first, and marks them published once the broker has
 * acknowledged them. Woken right after each commit (so events leave within milliseconds) and every second
 * as a safety net. A PostgreSQL advisory lock makes one replica relay at a time, which keeps each record
 * key's events in order; a failed batch is rolled back and retried, so delivery is at least once.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any constant shared by the replicas of one service; each service has its own database. */
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    private static final Duration IDLE_POLL = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxConfig config;

    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong pending = new AtomicLong();
    private volatile boolean running;
    private volatile Thread worker;
    private KafkaProducer<String, String> producer;

    void onStart(@Observes StartupEvent event) {
        meters.gauge("gongjian.outbox.pending", pending);
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Starts relaying (at startup, and in tests after {@link #stop()}). */
    public synchronized void start() {
        if (running) {
            return;
        }
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
        running = true;
        worker = new Thread(this::relayUntilStopped, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    /** Stops relaying, abandoning a batch in flight: its entries stay unpublished and go out after a restart. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        wakeUp.release();
        try {
            worker.join(Duration.ofSeconds(15).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }

    /** Asks the relay to run as soon as the current transaction has committed. */
    void wakeUpAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wakeUp.release();
                }
            }
        });
    }

    private void relayUntilStopped() {
        Duration backoff = Duration.ofMillis(200);
        while (running) {
            try {
                int relayed = relayBatch();
                backoff = Duration.ofMillis(200);
                if (relayed < config.batchSize()) {
                    wakeUp.tryAcquire(IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf(
                            "Outbox relay could not publish (%s); retrying in %d ms",
                            e.getMessage(), backoff.toMillis());
                    sleepQuietly(backoff);
                    backoff =
                            backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                }
            }
        }
    }

    /** One transaction: lock, read the oldest unpublished entries, publish, wait for the acks, mark them. */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) entityManager
                    .createNativeQuery("SELECT pg_try_advisory_xact_lock(:lock)")
                    .setParameter("lock", RELAY_LOCK)
                    .getSingleResult();
            if (!locked) {
                return 0;
            }
            List<OutboxEntry> batch = entityManager
                    .createQuery("FROM OutboxEntry WHERE publishedAt IS NULL ORDER BY position", OutboxEntry.class)
                    .setMaxResults(config.batchSize())
                    .getResultList();
            pending.set(batch.size() < config.batchSize() ? batch.size() : countPending());
            if (batch.isEmpty()) {
                return 0;
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            for (OutboxEntry entry : batch) {
                ProducerRecord<String, String> record =
                        new ProducerRecord<>(entry.topic, entry.recordKey, entry.envelope);
                record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                acks.add(producer.send(record));
            }
            long deadline = System.nanoTime() + config.sendTimeout().toNanos();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            OffsetDateTime now = OffsetDateTime.now();
            batch.forEach(entry -> entry.publishedAt = now);
            pending.addAndGet(-batch.size());
            return batch.size();
        });
    }

    /** Deletes what was published longer ago than the retention: the topics keep the history. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgePublished() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createQuery("DELETE FROM OutboxEntry WHERE publishedAt < :before")
                .setParameter("before", OffsetDateTime.now().minus(config.retention()))
                .executeUpdate());
    }

    private long countPending() {
        return entityManager
                .createQuery("SELECT count(e) FROM OutboxEntry e WHERE e.publishedAt IS NULL", Long.class)
                .getSingleResult();
    }

    private Map<String, Object> producerConfig() {
        int timeoutMillis = (int) config.sendTimeout().toMillis();
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.LINGER_MS_CONFIG,
                0,
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                timeoutMillis,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                Math.min(timeoutMillis, 5000),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                Math.max(timeoutMillis, 5000 + 1),
                ProducerConfig.CLIENT_ID_CONFIG,
                "outbox-relay");
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
