package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.application.EventReplay;
import io.gongjian.events.Topics;
import io.gongjian.inbox.TopicClients;
import io.gongjian.inbox.TopicReplay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Reads both topics, the partnership context's first, with a consumer of its own that commits nothing. */
@ApplicationScoped
public class KafkaEventReplay implements EventReplay {

    @Inject
    TopicClients topics;

    @Override
    public Reader open() {
        TopicReplay replay = topics.replay("rebuild", List.of(Topics.PARTNERSHIP, Topics.ACTIVITY));
        return new Reader() {

            @Override
            public Map<String, Long> ends() {
                return replay.ends();
            }

            @Override
            public long count(Map<String, Long> until) {
                Map<String, Long> beginnings = replay.beginnings();
                return until.entrySet().stream()
                        .mapToLong(end -> Math.max(0, end.getValue() - beginnings.getOrDefault(end.getKey(), 0L)))
                        .sum();
            }

            @Override
            public Step next(Map<String, Long> from, Map<String, Long> until, int max) {
                TopicReplay.Step step = replay.next(from, until, max);
                return new Step(
                        step.records().stream()
                                .map(record -> new Event(record.topic(), record.value()))
                                .toList(),
                        step.reached(),
                        step.done());
            }

            @Override
            public void close() {
                replay.close();
            }
        };
    }
}
