package io.gongjian.outbox;

import io.gongjian.commons.events.EventCodec;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.RetriableException;
import org.jboss.logging.Logger;

/**
 * One round of the relay: sends a batch and learns, entry by entry, what the broker did with it.
 *
 * <p>Entries of different record keys go out together; the entries of one key go one after the other, each only
 * once the broker has acknowledged the one before. So when an entry fails, no later entry of its key has been sent
 * past it: a key's events reach the topic in outbox order, and the failed entry blocks its own key only.
 *
 * <p>Each send is a span {@code publish <topic>} in the trace of the write that appended the entry, ended when the
 * broker answers; the record carries that span's traceparent, so the consumers' spans follow it.
 */
final class DeliveryRound {

    private static final Logger LOG = Logger.getLogger(DeliveryRound.class);

    /**
     * What the broker did. An entry in neither list was not sent, or its outcome was not learnt in time: it stays
     * pending.
     *
     * @param refused entries the broker (or the producer's own checks) refused for what they are, e.g. too large:
     *     sending them again as they are will not help
     * @param unreachable entries that failed because the broker could not be reached or was not ready
     */
    record Outcome(
            List<OutboxEntry> published, Map<OutboxEntry, Exception> refused, Map<OutboxEntry, Exception> unreachable) {

        boolean brokerTrouble() {
            return !unreachable.isEmpty();
        }
    }

    /** The answer for one sent entry, handed from the producer's thread to the relay's. */
    private record Ack(Deque<OutboxEntry> chain, OutboxEntry entry, Exception failure) {}

    private final Producer<String, String> producer;
    private final Tracer tracer;
    private final BlockingQueue<Ack> acks = new LinkedBlockingQueue<>();
    private final List<OutboxEntry> published = new ArrayList<>();
    private final Map<OutboxEntry, Exception> refused = new LinkedHashMap<>();
    private final Map<OutboxEntry, Exception> unreachable = new LinkedHashMap<>();
    private int inFlight;

    private DeliveryRound(Producer<String, String> producer, Tracer tracer) {
        this.producer = producer;
        this.tracer = tracer;
    }

    /**
     * @param sendWindow after this long no new entry is sent; what is in flight is still awaited
     * @param ackTimeout longer than the producer's delivery timeout, which ends every send: a safety net only
     * @param keepSending false once the relay is asked to stop
     */
    static Outcome deliver(
            Producer<String, String> producer,
            Tracer tracer,
            List<OutboxEntry> batch,
            Duration sendWindow,
            Duration ackTimeout,
            BooleanSupplier keepSending)
            throws InterruptedException {
        DeliveryRound round = new DeliveryRound(producer, tracer);
        long sendUntil = System.nanoTime() + sendWindow.toNanos();
        BooleanSupplier maySend =
                () -> keepSending.getAsBoolean() && round.unreachable.isEmpty() && System.nanoTime() < sendUntil;
        for (Deque<OutboxEntry> chain : chainsByKey(batch)) {
            round.drainReadyAcks(maySend);
            if (!maySend.getAsBoolean()) {
                break;
            }
            round.sendNext(chain);
        }
        round.awaitAcks(maySend, ackTimeout);
        return new Outcome(List.copyOf(round.published), round.refused, round.unreachable);
    }

    /** Each record key's entries, in outbox order; keys in the order of their first entry. */
    private static List<Deque<OutboxEntry>> chainsByKey(List<OutboxEntry> batch) {
        Map<String, Deque<OutboxEntry>> chains = new LinkedHashMap<>();
        for (OutboxEntry entry : batch) {
            chains.computeIfAbsent(entry.topic + '\n' + entry.recordKey, key -> new ArrayDeque<>())
                    .add(entry);
        }
        return List.copyOf(chains.values());
    }

    private void sendNext(Deque<OutboxEntry> chain) {
        OutboxEntry entry = chain.poll();
        if (entry == null) {
            return;
        }
        inFlight++;
        Span span = publishSpan(entry);
        try {
            producer.send(
                    OutboxRecords.of(
                            entry,
                            EventCodec.traceparent(Context.root().with(span)).orElse(null)),
                    (metadata, failure) -> {
                        ended(span, failure);
                        acks.add(new Ack(chain, entry, failure));
                    });
        } catch (RuntimeException failure) {
            // Not about the record: the producer is closing, or the thread was interrupted.
            ended(span, failure);
            acks.add(new Ack(chain, entry, failure));
        }
    }

    private Span publishSpan(OutboxEntry entry) {
        return tracer.spanBuilder("publish " + entry.topic)
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(EventCodec.traceContext(entry.traceparent))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", entry.topic)
                .setAttribute("messaging.message.id", entry.eventId.toString())
                .setAttribute("cloudevents.event_type", entry.eventType)
                .startSpan();
    }

    private static void ended(Span span, Exception failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR);
        }
        span.end();
    }

    private void drainReadyAcks(BooleanSupplier maySend) {
        for (Ack ack; (ack = acks.poll()) != null; ) {
            record(ack, maySend);
        }
    }

    private void awaitAcks(BooleanSupplier maySend, Duration ackTimeout) throws InterruptedException {
        while (inFlight > 0) {
            Ack ack = acks.poll(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (ack == null) {
                LOG.warnf(
                        "Outbox relay: %d sends unanswered after %d s; they stay pending",
                        inFlight, ackTimeout.toSeconds());
                return;
            }
            record(ack, maySend);
        }
    }

    /** A success lets the next entry of the same key go; a failure holds the rest of that key back this round. */
    private void record(Ack ack, BooleanSupplier maySend) {
        inFlight--;
        if (ack.failure() == null) {
            published.add(ack.entry());
            if (maySend.getAsBoolean()) {
                sendNext(ack.chain());
            }
        } else if (isRefusal(ack.failure())) {
            refused.put(ack.entry(), ack.failure());
        } else {
            unreachable.put(ack.entry(), ack.failure());
        }
    }

    /** The broker's (or the producer's own) answer about this record; everything else is about getting there. */
    private static boolean isRefusal(Exception failure) {
        return failure instanceof ApiException && !(failure instanceof RetriableException);
    }
}
