package io.gongjian.evaluation.application;

import io.gongjian.commons.domain.Message;
import io.gongjian.evaluation.domain.Backoff;
import io.gongjian.evaluation.domain.WebhookSignature;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Sends the due deliveries of the queue: claims a batch (no other dispatcher, on any replica, gets the same), posts
 * them at once with the Standard Webhooks headers, and records each attempt in its own transaction. A failed one is
 * due again after a backoff until its retry period ends; an endpoint that fails for long enough is disabled. A
 * dispatcher that dies mid-send leaves its claims to expire: nothing is lost, at worst sent twice (receivers tell
 * repeats by {@code webhook-id}). Each attempt is timed by {@code gongjian_webhook_deliveries_seconds} with its
 * outcome: {@code delivered}, {@code failed} (due again later) or {@code refused} (the target is in a private range).
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    WebhookSender sender;

    @Inject
    TargetGuard guard;

    @Inject
    WebhooksConfig config;

    @Inject
    MeterRegistry meters;

    private final Map<String, Timer> attemptTimes = new LinkedHashMap<>();

    private final ExecutorService posting = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "webhook-post");
        thread.setDaemon(true);
        return thread;
    });

    @PostConstruct
    void registerMeters() {
        for (String outcome : List.of("delivered", "failed", "refused")) {
            attemptTimes.put(
                    outcome,
                    Timer.builder("gongjian.webhook.deliveries")
                            .description("Attempts to deliver a webhook, by outcome, and how long the receiver took")
                            .tag("outcome", outcome)
                            .serviceLevelObjectives(
                                    Duration.ofMillis(50),
                                    Duration.ofMillis(100),
                                    Duration.ofMillis(250),
                                    Duration.ofMillis(500),
                                    Duration.ofSeconds(1),
                                    Duration.ofSeconds(2),
                                    Duration.ofSeconds(5),
                                    Duration.ofSeconds(10))
                            .register(meters));
        }
    }

    @PreDestroy
    void stop() {
        posting.shutdownNow();
    }

    /** Sends what is due, batch after batch; answers how many attempts it made. */
    public int dispatchDue() {
        int attempts = 0;
        List<WebhookDeliveries.Claimed> claimed;
        do {
            claimed = QuarkusTransaction.requiringNew()
                    .call(() -> deliveries.claim(config.batchSize(), config.lease(), OffsetDateTime.now()));
            CompletableFuture.allOf(claimed.stream()
                            .map(delivery -> CompletableFuture.runAsync(() -> attempt(delivery), posting))
                            .toArray(CompletableFuture[]::new))
                    .join();
            attempts += claimed.size();
        } while (claimed.size() == config.batchSize());
        return attempts;
    }

    /** Forgets the delivered and given-up deliveries older than the log's retention. */
    @Transactional
    public int purgeLog() {
        return deliveries.purge(OffsetDateTime.now().minus(config.logRetention()));
    }

    private void attempt(WebhookDeliveries.Claimed delivery) {
        OffsetDateTime at = OffsetDateTime.now();
        // Again at delivery: the name may resolve elsewhere than it did at registration (DNS rebinding).
        var refused = guard.refusal(delivery.url());
        WebhookSender.Outcome outcome = refused.map(refusal -> new WebhookSender.Outcome(
                        null,
                        0,
                        Message.of(refusal.key(), delivery.url(), refusal.detail())
                                .toString()))
                .orElseGet(() -> sender.post(delivery.url(), headers(delivery, at), delivery.payload()));
        String measured = refused.isPresent() ? "refused" : outcome.succeeded() ? "delivered" : "failed";
        attemptTimes.get(measured).record(Duration.ofMillis(outcome.latencyMillis()));
        try {
            QuarkusTransaction.requiringNew().run(() -> record(delivery, at, outcome));
        } catch (RuntimeException e) {
            // The claim expires and the delivery is tried again: at least once, never lost.
            LOG.warnf(e, "Could not record the attempt of webhook delivery %s", delivery.id());
        }
    }

    private void record(WebhookDeliveries.Claimed delivery, OffsetDateTime at, WebhookSender.Outcome outcome) {
        if (outcome.succeeded()) {
            deliveries.attempted(delivery, at, outcome, null);
            deliveries.endpointSucceeded(delivery.endpointId());
            return;
        }
        Backoff backoff = new Backoff(config.initialBackoff(), config.maxBackoff());
        OffsetDateTime next = at.plus(backoff.after(delivery.attempts() + 1, ThreadLocalRandom.current()::nextDouble));
        deliveries.attempted(delivery, at, outcome, next.isAfter(delivery.retryUntil()) ? null : next);
        WebhookDeliveries.FailureRun run = deliveries.endpointFailed(delivery.endpointId(), at);
        if (run.consecutive() >= config.disableAfterFailures()
                && !run.since().isAfter(at.minus(config.disableAfter()))) {
            deliveries.disable(
                    delivery.endpointId(),
                    at,
                    "every attempt failed since " + run.since() + " (" + run.consecutive() + " in a row); last: "
                            + outcome.error());
            LOG.warnf(
                    "Disabled webhook endpoint %s: every attempt failed since %s", delivery.endpointId(), run.since());
        }
    }

    private static Map<String, String> headers(WebhookDeliveries.Claimed delivery, OffsetDateTime at) {
        long timestamp = at.toEpochSecond();
        String id = delivery.id().toString();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put(
                "webhook-signature", WebhookSignature.header(delivery.secrets(), id, timestamp, delivery.payload()));
        return headers;
    }
}
