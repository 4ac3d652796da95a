package io.gongjian.inbox;

import io.gongjian.commons.api.QueryParameters;
import io.gongjian.commons.domain.Conflict;
import io.gongjian.commons.domain.Message;
import io.gongjian.commons.domain.NotFound;
import io.gongjian.commons.events.EventCodec;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The events this service's consumers sent to dead-letter topics ({@link Consumption}): listed with their reason,
 * and replayed on an operator's word once the cause is fixed, i.e. sent again to the topic they came from, where
 * every consumer reads them anew. A consumer that applied the event before skips it (the {@link Inbox} knows its id),
 * so a replay changes only what missed it.
 *
 * <p>A dead letter is replayed at most once: its place (topic, partition, offset) is recorded in the replay's
 * transaction before the event is sent, so of two operators replaying it at the same moment one succeeds and the
 * other is told who did; a send that fails rolls the record back. Should the commit fail after a successful send,
 * the event is on the topic without the record, and a second replay is again harmless. An event that fails again
 * comes back to the dead-letter topic as a new dead letter, with its new reason.
 *
 * <p>The dead-letter topics are those of the configuration: each outgoing channel to {@code <topic>.dlq} of an
 * incoming channel's {@code <topic>}. Only the letters this service's consumer wrote (header
 * {@value DeadLetter#CONSUMER}) are its to list and replay: another consumer of the topic has its own.
 */
@ApplicationScoped
public class DeadLetters {

    static final String SUFFIX = ".dlq";

    /** A replayed event says where it comes from, for whoever reads the topic later. */
    static final String REPLAY_OF = "dead-letter-replay-of";

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final String INCOMING = "mp.messaging.incoming.";
    private static final String OUTGOING = "mp.messaging.outgoing.";
    private static final String PURPOSE = "dead-letters";

    @Inject
    TopicClients topics;

    @Inject
    EntityManager entityManager;

    @Inject
    Config config;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private volatile KafkaProducer<String, String> producer;

    void onStop(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(TopicClients.BROKER_TIMEOUT);
        }
    }

    /** The dead-letter topics of this service's consumers, each with the topic its letters came from. */
    public Map<String, String> topics() {
        List<String> consumed = topicsOf(INCOMING);
        Map<String, String> deadLetterTopics = new TreeMap<>();
        topicsOf(OUTGOING).stream()
                .filter(topic -> topic.endsWith(SUFFIX))
                .filter(topic -> consumed.contains(topic.substring(0, topic.length() - SUFFIX.length())))
                .forEach(topic -> deadLetterTopics.put(topic, topic.substring(0, topic.length() - SUFFIX.length())));
        return deadLetterTopics;
    }

    /**
     * This service's dead letters, oldest first: of {@code topic} (a dead-letter topic) or of all of them, only the
     * replayed ones or only the others when {@code replayed} says so.
     */
    @Transactional
    public Page<DeadLetter> list(Optional<String> topic, Optional<Boolean> replayed, PageRequest request) {
        Map<String, String> all = topics();
        if (topic.isPresent() && !all.containsKey(topic.get())) {
            throw new QueryParameters.Unreadable(
                    "topic", Message.of("dead-letter.not-a-topic", topic.get(), String.join(", ", all.keySet())));
        }
        List<String> read = topic.map(List::of).orElseGet(() -> List.copyOf(all.keySet()));
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        topics.readToEnd(PURPOSE, read, record -> {
            if (ours(record)) {
                records.add(record);
            }
        });
        // Read after the topics (the database connection is taken only now): no replay older than the scan is missed.
        Map<String, DeadLetter.Replay> replays = replays(read);
        List<DeadLetter> wanted = records.stream()
                .map(record -> DeadLetter.of(
                        record,
                        all.get(record.topic()),
                        replays.get(DeadLetter.place(record.topic(), record.partition(), record.offset()))))
                .filter(letter -> replayed.isEmpty() || replayed.get() == (letter.replayedAt() != null))
                .sorted(Comparator.comparing(DeadLetter::deadLetteredAt)
                        .thenComparing(DeadLetter::topic)
                        .thenComparingInt(DeadLetter::partition)
                        .thenComparingLong(DeadLetter::offset))
                .toList();
        int from = (int) Math.min(request.offset(), wanted.size());
        int to = (int) Math.min((long) from + request.size(), wanted.size());
        return Page.of(wanted.subList(from, to), request, wanted.size());
    }

    /**
     * Sends the dead letter at {@code topic/partition/offset} again to the topic it came from, once.
     *
     * @param by the operator, as the replay record and the log name them
     * @throws NotFound when there is no such dead letter of this service (the topic's retention may have dropped it)
     * @throws Conflict when it was replayed before
     */
    @Transactional
    public DeadLetter replay(String topic, int partition, long offset, String by) {
        String place = DeadLetter.place(topic, partition, offset);
        String original = topics().get(topic);
        ConsumerRecord<String, String> record = original == null
                ? null
                : topics.readAt(PURPOSE, topic, partition, offset)
                        .filter(this::ours)
                        .orElse(null);
        if (record == null) {
            throw new NotFound("dead letter", place);
        }
        DeadLetter letter = DeadLetter.of(record, original, null);
        int recorded = entityManager
                .createNativeQuery("INSERT INTO dead_letter_replay (topic, partition_no, offset_no, event_id,"
                        + " replayed_by) VALUES (:topic, :partition, :offset, :event, :by) ON CONFLICT DO NOTHING")
                .setParameter("topic", topic)
                .setParameter("partition", partition)
                .setParameter("offset", offset)
                .setParameter("event", letter.eventId())
                .setParameter("by", by)
                .executeUpdate();
        if (recorded == 0) {
            DeadLetter.Replay before = replays(List.of(topic)).get(place);
            throw new Conflict(null, "dead-letter.replayed-already", place, before.at(), before.by(), original);
        }
        send(original, record, place);
        LOG.infof(
                "Dead letter %s (event %s of type %s) replayed to %s by %s",
                place, letter.eventId(), letter.eventType(), original, by);
        return DeadLetter.of(record, original, replays(List.of(topic)).get(place));
    }

    /** Key, value and trace as they were (whoever applies it continues the trace of the write that caused it). */
    private void send(String original, ConsumerRecord<String, String> record, String place) {
        ProducerRecord<String, String> replay = new ProducerRecord<>(original, record.key(), record.value());
        String traceparent = DeadLetter.header(record, EventCodec.TRACEPARENT);
        if (traceparent != null) {
            replay.headers().add(EventCodec.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        replay.headers().add(REPLAY_OF, place.getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(replay).get();
        } catch (ExecutionException e) {
            // A retriable Kafka failure (the broker away) reaches the caller as 503 with Retry-After.
            throw e.getCause() instanceof KafkaException kafka ? kafka : new KafkaException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while replaying " + place, e);
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = topics.producer(PURPOSE);
                }
            }
        }
        return producer;
    }

    private boolean ours(ConsumerRecord<String, String> record) {
        return application.equals(DeadLetter.header(record, DeadLetter.CONSUMER));
    }

    /** The replays recorded for the dead letters of {@code deadLetterTopics}, by place. */
    private Map<String, DeadLetter.Replay> replays(List<String> deadLetterTopics) {
        Map<String, DeadLetter.Replay> replays = new HashMap<>();
        List<?> rows = entityManager
                .createNativeQuery("SELECT topic, partition_no, offset_no, replayed_at, replayed_by"
                        + " FROM dead_letter_replay WHERE topic IN (:topics)")
                .setParameter("topics", deadLetterTopics)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            replays.put(
                    DeadLetter.place(
                            (String) columns[0], ((Number) columns[1]).intValue(), ((Number) columns[2]).longValue()),
                    new DeadLetter.Replay(time(columns[3]), (String) columns[4]));
        }
        return replays;
    }

    private static OffsetDateTime time(Object column) {
        Instant instant;
        if (column instanceof OffsetDateTime time) {
            instant = time.toInstant();
        } else if (column instanceof Instant time) {
            instant = time;
        } else if (column instanceof Timestamp time) {
            instant = time.toInstant();
        } else {
            throw new IllegalStateException("unexpected time column " + column.getClass());
        }
        return instant.atOffset(ZoneOffset.UTC);
    }

    private List<String> topicsOf(String prefix) {
        return StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith(prefix) && name.endsWith(".topic"))
                .map(name -> config.getValue(name, String.class).strip())
                .distinct()
                .toList();
    }
}
