package io.gongjian.inbox;

import io.gongjian.commons.api.Failures;
import io.gongjian.commons.events.EventCodec;
import io.gongjian.commons.events.MalformedEvent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.OutgoingKafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * How a consumer applies what it receives so that no event is lost, skipped or applied twice, and a database
 * outage only delays it. The consumer method (blocking, one message at a time per channel) calls this and returns
 * only when its events are applied or dead-lettered; the offsets are committed after it returns.
 *
 * <ul>
 *   <li>A <b>transient</b> failure ({@link Failures#isTransient}: the database unreachable or restarting, a
 *       serialization failure, a deadlock, a lock or statement timeout) is retried with capped exponential backoff
 *       until it succeeds, in place: nothing after the event is applied meanwhile, so each partnership's events
 *       keep their order. The broker's client keeps polling (paused) meanwhile, so the group does not rebalance.
 *   <li>An event that can <b>never</b> be applied (a {@link MalformedEvent}: unreadable, of an unknown type), or
 *       that fails for a reason not known as transient while the database answers (a defect), goes to the
 *       channel's dead-letter topic with the reason in header {@value #REASON}, and consumption goes on. Such a
 *       failure while the database does not answer counts as transient: an outage in any disguise delays, never
 *       dead-letters.
 *   <li>The events of one poll are applied in one transaction; when that fails for good, one by one, each in its
 *       own transaction, so that only the event at fault goes to the dead-letter topic.
 * </ul>
 *
 * <p>Applying a poll is a span {@code process <topic>}, the child of the relay's span its first event names in its
 * {@link EventCodec#TRACEPARENT} header and linked to the others' (one poll may serve several traces); what the
 * consumer does meanwhile (the rescore, say) are its children, and its log lines carry its trace id.
 */
@ApplicationScoped
public class Consumption {

    /** Dead-letter headers: the names SmallRye's own dead-letter strategy uses, so tools that know them read ours. */
    public static final String REASON = "dead-letter-reason";

    private static final Logger LOG = Logger.getLogger(Consumption.class);

    /** The MDC keys Quarkus's OpenTelemetry uses for requests, so that one log format serves both. */
    private static final String TRACE_ID = "traceId";

    private static final String SPAN_ID = "spanId";

    /** A retrying consumer says so once, then again at most this often. */
    private static final Duration LOG_EVERY = Duration.ofMinutes(1);

    @Inject
    ConsumerConfig config;

    @Inject
    ConsumerStatus status;

    @Inject
    DataSource database;

    @Inject
    Tracer tracer;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** One event, applied by {@code apply} in a transaction of its own. */
    public void consume(
            String channel,
            ConsumerRecord<String, String> record,
            MutinyEmitter<String> deadLetters,
            Consumer<String> apply) {
        consume(channel, List.of(record), deadLetters, payloads -> payloads.forEach(apply));
    }

    /** The events of one poll, applied together by {@code apply} in one transaction, or one by one if that fails. */
    public void consume(
            String channel,
            List<ConsumerRecord<String, String>> records,
            MutinyEmitter<String> deadLetters,
            Consumer<List<String>> apply) {
        Span span = processSpan(records);
        // The consumer's thread is no request's: its log lines name the trace through the MDC set here.
        MDC.put(TRACE_ID, span.getSpanContext().getTraceId());
        MDC.put(SPAN_ID, span.getSpanContext().getSpanId());
        try (Scope scope = span.makeCurrent()) {
            consumeTraced(channel, records, deadLetters, apply);
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
            MDC.remove(TRACE_ID);
            MDC.remove(SPAN_ID);
        }
    }

    private Span processSpan(List<ConsumerRecord<String, String>> records) {
        ConsumerRecord<String, String> first = records.get(0);
        SpanBuilder span = tracer.spanBuilder("process " + first.topic())
                .setSpanKind(SpanKind.CONSUMER)
                .setParent(EventCodec.traceContext(traceparent(first)))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", first.topic())
                .setAttribute("messaging.batch.message_count", (long) records.size());
        for (ConsumerRecord<String, String> record : records.subList(1, records.size())) {
            SpanContext other = Span.fromContext(EventCodec.traceContext(traceparent(record)))
                    .getSpanContext();
            if (other.isValid()) {
                span.addLink(other);
            }
        }
        return span.startSpan();
    }

    private static String traceparent(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(EventCodec.TRACEPARENT);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void consumeTraced(
            String channel,
            List<ConsumerRecord<String, String>> records,
            MutinyEmitter<String> deadLetters,
            Consumer<List<String>> apply) {
        Optional<RuntimeException> failed = untilDone(
                channel,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> apply.accept(
                                records.stream().map(ConsumerRecord::value).toList())),
                this::isTransient);
        if (failed.isEmpty()) {
            LOG.debugf(
                    "Applied %d events of %s up to %s-%d@%d",
                    records.size(),
                    channel,
                    records.get(records.size() - 1).topic(),
                    records.get(records.size() - 1).partition(),
                    records.get(records.size() - 1).offset());
            return;
        }
        if (records.size() == 1) {
            deadLetter(channel, records.get(0), deadLetters, failed.get());
            return;
        }
        LOG.infof(
                "A batch of %d events on %s failed (%s); applying them one by one",
                records.size(), channel, failed.get());
        for (ConsumerRecord<String, String> record : records) {
            untilDone(
                            channel,
                            () -> QuarkusTransaction.requiringNew().run(() -> apply.accept(List.of(record.value()))),
                            this::isTransient)
                    .ifPresent(failure -> deadLetter(channel, record, deadLetters, failure));
        }
    }

    private void deadLetter(
            String channel,
            ConsumerRecord<String, String> record,
            MutinyEmitter<String> deadLetters,
            RuntimeException failure) {
        String reason = reason(failure);
        if (Failures.cause(failure, MalformedEvent.class).isPresent()) {
            LOG.warnf(
                    "Event at %s-%d@%d sent to the dead-letter topic: %s",
                    record.topic(), record.partition(), record.offset(), reason);
        } else {
            LOG.errorf(
                    failure,
                    "Event at %s-%d@%d sent to the dead-letter topic: %s",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    reason);
        }
        // The broker may be away too: sending to the dead-letter topic is retried like any transient failure.
        OutgoingKafkaRecord<String, String> letter = KafkaRecord.of(record.key(), record.value())
                .withHeader(REASON, reason)
                .withHeader(DeadLetter.ORIGINAL_TOPIC, record.topic())
                .withHeader(DeadLetter.ORIGINAL_PARTITION, Integer.toString(record.partition()))
                .withHeader(DeadLetter.ORIGINAL_OFFSET, Long.toString(record.offset()))
                .withHeader(DeadLetter.CONSUMER, application);
        // The trace of the write that caused it: whoever replays it continues that trace.
        String traceparent = traceparent(record);
        OutgoingKafkaRecord<String, String> traced =
                traceparent == null ? letter : letter.withHeader(EventCodec.TRACEPARENT, traceparent);
        untilDone(channel, () -> deadLetters.sendMessageAndAwait(traced), any -> true);
        status.deadLettered(channel);
    }

    /**
     * Runs {@code work} until it succeeds (empty) or fails for a reason {@code transientFailure} does not accept
     * (that failure), waiting between attempts.
     */
    private Optional<RuntimeException> untilDone(
            String channel, Runnable work, Predicate<RuntimeException> transientFailure) {
        Duration backoff = config.retryBackoff();
        long retryingSince = 0;
        long lastLogged = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                if (attempt > 1) {
                    LOG.infof(
                            "%s consumes again after %d attempts over %d ms",
                            channel, attempt, (System.nanoTime() - retryingSince) / 1_000_000);
                }
                status.resumed(channel);
                return Optional.empty();
            } catch (RuntimeException failure) {
                if (stopping || !transientFailure.test(failure)) {
                    status.resumed(channel);
                    if (stopping) {
                        // Not acknowledged, so not committed: the event comes again after the restart.
                        throw failure;
                    }
                    return Optional.of(failure);
                }
                long now = System.nanoTime();
                if (attempt == 1) {
                    retryingSince = now;
                }
                if (attempt == 1 || now - lastLogged > LOG_EVERY.toNanos()) {
                    lastLogged = now;
                    LOG.warnf(
                            "%s cannot apply its next event for now (attempt %d, retrying every %s at most): %s",
                            channel, attempt, config.retryBackoffMax(), reason(failure));
                }
                status.retrying(channel, failure);
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(config.retryBackoffMax()) > 0
                        ? config.retryBackoffMax()
                        : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * Transient per {@link Failures}; never a malformed event; and any other failure while the database does not
     * answer, whatever exception the outage showed itself as.
     */
    private boolean isTransient(RuntimeException failure) {
        if (Failures.cause(failure, MalformedEvent.class).isPresent()) {
            return false;
        }
        return Failures.isTransient(failure) || !databaseAnswers();
    }

    private boolean databaseAnswers() {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private void pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }

    /** What the dead-letter header and the log say: the malformed event's own words, else the deepest cause. */
    private static String reason(Throwable failure) {
        Optional<MalformedEvent> malformed = Failures.cause(failure, MalformedEvent.class);
        if (malformed.isPresent()) {
            return malformed.get().getMessage();
        }
        Throwable root = failure;
        for (int depth = 0; depth < 20 && root.getCause() != null; depth++) {
            root = root.getCause();
        }
        String reason =
                root == failure ? String.valueOf(failure) : failure.getClass().getSimpleName() + ": " + root;
        return reason.length() > 1000 ? reason.substring(0, 1000) + "…" : reason;
    }
}
