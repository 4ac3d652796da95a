package io.gongjian.evaluation.application;

import io.gongjian.commons.transactions.AfterCommit;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What recomputing scores costs and how fresh it keeps them: each recomputation is a span {@code rescore} (in the
 * trace of the event or request that caused it) timed by {@code gongjian_score_recomputations_seconds}; each event
 * that moved scores adds the time from the event to the commit of those scores to
 * {@code gongjian_score_freshness_seconds}. Both are histograms with fixed buckets, for percentiles and alerts.
 */
@ApplicationScoped
public class Recomputations {

    @Inject
    Tracer tracer;

    @Inject
    MeterRegistry meters;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private Timer duration;
    private Timer freshness;

    @PostConstruct
    void register() {
        duration = Timer.builder("gongjian.score.recomputations")
                .description("Time to recompute and store the current scores of the partnerships one change moved")
                .serviceLevelObjectives(
                        millis(5),
                        millis(10),
                        millis(25),
                        millis(50),
                        millis(100),
                        millis(250),
                        millis(500),
                        millis(1000),
                        millis(2500),
                        millis(5000))
                .register(meters);
        freshness = Timer.builder("gongjian.score.freshness")
                .description("From an event's time (its write in the producing service) to the scores it moved stored")
                .serviceLevelObjectives(
                        millis(100),
                        millis(250),
                        millis(500),
                        millis(1000),
                        millis(2500),
                        millis(5000),
                        millis(10_000),
                        millis(30_000),
                        millis(60_000),
                        millis(300_000))
                .register(meters);
    }

    /** Runs {@code rescore} of {@code partnerships} partnerships as a span of the current trace, timed. */
    void timed(int partnerships, Runnable rescore) {
        Span span = tracer.spanBuilder("rescore")
                .setAttribute("gongjian.partnerships", (long) partnerships)
                .startSpan();
        Timer.Sample sample = Timer.start(meters);
        try (Scope scope = span.makeCurrent()) {
            rescore.run();
        } finally {
            sample.stop(duration);
            span.end();
        }
    }

    /** Counts, once the current transaction committed, how long after each of these events its scores were stored. */
    void storedAfterCommit(List<OffsetDateTime> eventTimes) {
        if (eventTimes.isEmpty()) {
            return;
        }
        AfterCommit.run(transactions, () -> {
            Instant stored = Instant.now();
            for (OffsetDateTime time : eventTimes) {
                Duration age = Duration.between(time.toInstant(), stored);
                freshness.record(age.isNegative() ? Duration.ZERO : age);
            }
        });
    }

    private static Duration millis(long millis) {
        return Duration.ofMillis(millis);
    }
}
