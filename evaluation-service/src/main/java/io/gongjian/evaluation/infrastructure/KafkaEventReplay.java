package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.application.EventReplay;
import io.gongjian.events.Topics;
import io.gongjian.inbox.TopicClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.BiConsumer;

/** Reads both topics from their beginning with a consumer of its own, up to their ends as they are when it starts. */
@ApplicationScoped
public class KafkaEventReplay implements EventReplay {

    @Inject
    TopicClients topics;

    @Override
    public void replay(BiConsumer<String, String> each) {
        topics.readToEnd(
                "rebuild",
                List.of(Topics.PARTNERSHIP, Topics.ACTIVITY),
                record -> each.accept(record.topic(), record.value()));
    }
}
