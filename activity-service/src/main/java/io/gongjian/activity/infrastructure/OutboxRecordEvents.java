package io.gongjian.activity.infrastructure;

import io.gongjian.activity.application.RecordEvents;
import io.gongjian.commons.events.EventCodec;
import io.gongjian.events.ActivityEvent;
import io.gongjian.events.Topics;
import io.gongjian.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Publishes the activity context's events through the outbox, keyed by partnership id. */
@ApplicationScoped
public class OutboxRecordEvents implements RecordEvents {

    static final String SOURCE = "/gongjian/activity-service";

    @Inject
    Outbox outbox;

    @Inject
    EventCodec codec;

    @Override
    public void publish(ActivityEvent event) {
        outbox.append(Topics.ACTIVITY, event.key(), codec.encode(SOURCE, event));
    }
}
