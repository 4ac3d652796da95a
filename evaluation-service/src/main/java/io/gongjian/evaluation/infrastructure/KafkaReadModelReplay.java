package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.application.CurrentScores;
import io.gongjian.evaluation.application.Locks;
import io.gongjian.evaluation.application.ReadModel;
import io.gongjian.evaluation.application.ReadModelReplay;
import io.gongjian.evaluation.application.RebuildReport;
import io.gongjian.evaluation.application.ScoreService;
import io.gongjian.events.Topics;
import io.gongjian.inbox.Inbox.MalformedEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Replays both topics from their beginning into a fresh read model, in one transaction: readers keep the old
 * scores until it commits, and the live consumers wait (read-model lock) and then go on where they were, their
 * events either part of the replay (skipped by the inbox) or applied after it.
 */
@ApplicationScoped
public class KafkaReadModelReplay implements ReadModelReplay {

    private static final Logger LOG = Logger.getLogger(KafkaReadModelReplay.class);
    /** Keeps the persistence context small while thousands of events are applied. */
    private static final int FLUSH_EVERY = 500;

    @Inject
    EventApplier applier;

    @Inject
    ReadModel readModel;

    @Inject
    CurrentScores current;

    @Inject
    ScoreService scores;

    @Inject
    Locks locks;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "gongjian.evaluation.rebuild-timeout", defaultValue = "PT1H")
    Duration timeout;

    @Override
    public RebuildReport rebuild() {
        long started = System.nanoTime();
        return QuarkusTransaction.requiringNew()
                .timeout((int) timeout.toSeconds())
                .call(() -> {
                    locks.exclusiveReadModel();
                    readModel.clear();
                    current.clear();
                    long[] counts = new long[3]; // read, applied, malformed
                    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
                        for (String topic : List.of(Topics.PARTNERSHIP, Topics.ACTIVITY)) {
                            replay(consumer, topic, counts);
                        }
                    }
                    List<UUID> partnerships = readModel.allPartnershipIds();
                    for (int start = 0; start < partnerships.size(); start += FLUSH_EVERY) {
                        scores.refresh(partnerships.subList(start, Math.min(partnerships.size(), start + FLUSH_EVERY)));
                        em.flush();
                        em.clear();
                    }
                    RebuildReport report = new RebuildReport(
                            counts[0],
                            counts[1],
                            counts[2],
                            partnerships.size(),
                            (System.nanoTime() - started) / 1_000_000);
                    LOG.infof("Read model rebuilt: %s", report);
                    return report;
                });
    }

    private void replay(KafkaConsumer<String, String> consumer, String topic, long[] counts) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        if (partitions.isEmpty()) {
            return;
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        // Up to the ends as they are now: later events are the live consumers' (they wait for this transaction).
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))) {
                    continue;
                }
                counts[0]++;
                try {
                    if (!applier.apply(record.value()).isEmpty()) {
                        counts[1]++;
                    }
                } catch (MalformedEvent malformed) {
                    counts[2]++;
                }
                if (counts[0] % FLUSH_EVERY == 0) {
                    em.flush();
                    em.clear();
                }
            }
        }
        em.flush();
        em.clear();
    }

    private Properties consumerProperties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1000");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "evaluation-service-rebuild");
        return properties;
    }
}
