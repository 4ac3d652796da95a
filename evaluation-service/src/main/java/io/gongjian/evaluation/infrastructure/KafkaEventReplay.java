package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.application.EventReplay;
import io.gongjian.events.Topics;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads both topics from their beginning with a consumer of its own, up to their ends as they are when it starts. */
@ApplicationScoped
public class KafkaEventReplay implements EventReplay {

    /** Every {@code kafka.*} setting (bootstrap servers, TLS and SASL in a cluster), as Quarkus gives its own clients. */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaSettings;

    @Override
    public void replay(BiConsumer<String, String> each) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
            for (String topic : List.of(Topics.PARTNERSHIP, Topics.ACTIVITY)) {
                replay(consumer, topic, each);
            }
        }
    }

    private void replay(KafkaConsumer<String, String> consumer, String topic, BiConsumer<String, String> each) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        if (partitions.isEmpty()) {
            return;
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        // Up to the ends as they are now: later events are the live consumers' (they wait for the rebuild).
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                    each.accept(topic, record.value());
                }
            }
        }
    }

    private Properties consumerProperties() {
        Properties properties = new Properties();
        kafkaSettings.forEach((name, value) -> {
            if (ConsumerConfig.configNames().contains(name)) {
                properties.put(name, value);
            }
        });
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1000");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "evaluation-service-rebuild");
        return properties;
    }
}
