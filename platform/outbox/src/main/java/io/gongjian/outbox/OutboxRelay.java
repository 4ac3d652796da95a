package io.gongjian.outbox;

import io.gongjian.commons.transactions.AfterCommit;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Takes committed outbox entries to Kafka, oldest first, at least once. Woken right after each commit (so events
 * leave within milliseconds) and every second as a safety net. A PostgreSQL advisory lock makes one replica relay
 * at a time.
 *
 * <p>Each entry is marked published as soon as the broker has acknowledged it, whatever becomes of the others in
 * its round: nothing acknowledged is sent again (ADR 7). An entry the broker refuses (too large for the topic, say)
 * is tried again after a backoff and parked after {@link OutboxConfig#maxAttempts()} refusals, with the reason; a
 * platform admin lists and releases parked entries ({@code ParkedEventsEndpoint}). Meanwhile the other record keys
 * go on, and a key's later entries wait for the refused one until it is published or parked. An unreachable broker
 * parks nothing: the relay backs off and catches up when it is back.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final Duration IDLE_POLL = Duration.ofSeconds(1);
    private static final Duration MIN_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final Duration MAX_RETRY_BACKOFF = Duration.ofMinutes(5);
    private static final int MAX_REASON_LENGTH = 2000;

    @Inject
    OutboxEntries entries;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxConfig config;

    @Inject
    Tracer tracer;

    /** Every {@code kafka.*} setting (bootstrap servers, TLS and SASL in a cluster), as Quarkus gives its own clients. */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaSettings;

    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private volatile Thread worker;
    private KafkaProducer<String, String> producer;

    /** What one round did: how many entries it looked at, and whether the broker could not be reached. */
    record Round(int due, boolean brokerTrouble) {
        static final Round IDLE = new Round(0, false);
    }

    void onStart(@Observes StartupEvent event) {
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

    /**
     * Stops relaying: no new sends; what is in flight is awaited (up to the producer's delivery timeout) and marked,
     * the rest stays pending and goes out after a restart.
     */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        wakeUp.release();
        try {
            worker.join(roundTimeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }

    /**
     * Asks the relay to run as soon as the current transaction has committed: once per transaction, however many
     * events it appends (an import appends tens of thousands in one).
     */
    void wakeUpAfterCommit() {
        if (transactions.getResource(OutboxRelay.class) == null) {
            transactions.putResource(OutboxRelay.class, Boolean.TRUE);
            AfterCommit.run(transactions, wakeUp::release);
        }
    }

    private void relayUntilStopped() {
        Duration backoff = MIN_BACKOFF;
        while (running) {
            try {
                Round round = relayRound();
                if (round.brokerTrouble()) {
                    LOG.warnf("Outbox relay: the broker cannot be reached; retrying in %d ms", backoff.toMillis());
                    sleep(backoff);
                    backoff = longer(backoff);
                    continue;
                }
                backoff = MIN_BACKOFF;
                if (round.due() < config.batchSize()) {
                    wakeUp.tryAcquire(IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf("Outbox relay failed (%s); retrying in %d ms", e.getMessage(), backoff.toMillis());
                    sleep(backoff);
                    backoff = longer(backoff);
                }
            }
        }
    }

    /** One transaction: lock, read the entries that may go, send them, mark each by what the broker answered. */
    Round relayRound() throws InterruptedException {
        try {
            return QuarkusTransaction.requiringNew()
                    .timeout((int) roundTimeout().toSeconds())
                    .call(() -> {
                        if (!entries.tryLockRelay()) {
                            return Round.IDLE;
                        }
                        List<OutboxEntry> due = entries.due(config.batchSize(), OffsetDateTime.now());
                        if (due.isEmpty()) {
                            return Round.IDLE;
                        }
                        DeliveryRound.Outcome outcome = DeliveryRound.deliver(
                                producer, tracer, due, config.sendTimeout(), ackTimeout(), () -> running);
                        record(outcome);
                        return new Round(due.size(), outcome.brokerTrouble());
                    });
        } catch (RuntimeException e) {
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw e;
        }
    }

    private void record(DeliveryRound.Outcome outcome) {
        OffsetDateTime now = OffsetDateTime.now();
        for (OutboxEntry entry : outcome.published()) {
            entry.publishedAt = now;
            entry.nextAttemptAt = null;
        }
        outcome.refused().forEach((entry, failure) -> refused(entry, failure, now));
        outcome.unreachable().forEach((entry, failure) -> entry.lastError = reason(failure));
    }

    /** Counts the refusal; parks the entry after the last allowed one, else schedules the next attempt. */
    private void refused(OutboxEntry entry, Exception failure, OffsetDateTime now) {
        entry.attempts++;
        entry.lastError = reason(failure);
        if (entry.attempts >= config.maxAttempts()) {
            entry.parkedAt = now;
            entry.nextAttemptAt = null;
            LOG.warnf(
                    "Outbox entry %s (%s, %s) parked after %d refusals: %s. Later events of key %s go on; a platform"
                            + " admin can send it again after a fix.",
                    entry.eventId, entry.eventType, entry.subject, entry.attempts, entry.lastError, entry.recordKey);
        } else {
            Duration wait = config.retryBackoff().multipliedBy(1L << Math.min(entry.attempts - 1, 20));
            entry.nextAttemptAt = now.plus(wait.compareTo(MAX_RETRY_BACKOFF) > 0 ? MAX_RETRY_BACKOFF : wait);
            LOG.infof(
                    "Outbox entry %s refused (attempt %d of %d): %s",
                    entry.eventId, entry.attempts, config.maxAttempts(), entry.lastError);
        }
    }

    /** Deletes what was published longer ago than the retention: the topics keep the history. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgePublished() {
        QuarkusTransaction.requiringNew()
                .run(() -> entries.purgePublishedBefore(OffsetDateTime.now().minus(config.retention())));
    }

    private static String reason(Exception failure) {
        String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH);
    }

    /** Every send ends within the producer's delivery timeout; this is a safety net beyond it. */
    private Duration ackTimeout() {
        return deliveryTimeout().plusSeconds(5);
    }

    /** Sending for sendTimeout, one send blocking up to sendTimeout on metadata, then the last acknowledgements. */
    private Duration roundTimeout() {
        return config.sendTimeout().multipliedBy(2).plus(ackTimeout()).plusSeconds(10);
    }

    private Duration deliveryTimeout() {
        return Duration.ofMillis(
                Math.max(config.sendTimeout().toMillis(), requestTimeout().toMillis() + 1));
    }

    private Duration requestTimeout() {
        return Duration.ofMillis(Math.min(config.sendTimeout().toMillis(), 5000));
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> settings = new HashMap<>();
        kafkaSettings.forEach((name, value) -> {
            if (ProducerConfig.configNames().contains(name)) {
                settings.put(name, value);
            }
        });
        settings.putAll(Map.of(
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.LINGER_MS_CONFIG,
                0,
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                (int) config.sendTimeout().toMillis(),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                (int) requestTimeout().toMillis(),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                (int) deliveryTimeout().toMillis(),
                ProducerConfig.CLIENT_ID_CONFIG,
                "outbox-relay"));
        return settings;
    }

    private static Duration longer(Duration backoff) {
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
