package io.gongjian.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far a consumer group of the platform is behind on its topics, as Kafka tells it: the sum over the topics'
 * partitions of the end offset minus the group's committed offset (nothing committed yet: the whole partition). The
 * services commit after applying, throttled, so the lag includes events applied but not yet committed.
 */
final class ConsumerLag implements AutoCloseable {

    private final Admin admin =
            Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Platform.kafkaBootstrapServers()));
    private final String group;
    private final List<String> topics;

    ConsumerLag(String group, List<String> topics) {
        this.group = group;
        this.topics = topics;
    }

    /** Events on the topics the group has not committed yet. */
    long now() throws Exception {
        List<TopicPartition> partitions =
                admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values().stream()
                        .flatMap(topic -> topic.partitions().stream()
                                .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                        .toList();
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(10, TimeUnit.SECONDS);
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest())))
                .all()
                .get(10, TimeUnit.SECONDS);
        long lag = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata done = committed.get(partition);
            lag += ends.get(partition).offset() - (done == null ? 0 : done.offset());
        }
        return lag;
    }

    /** Waits until the group has committed everything on its topics, or fails after {@code patience}. */
    void awaitZero(Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        long lag;
        while ((lag = now()) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(group + " still " + lag + " events behind after " + patience);
            }
            Thread.sleep(200);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
