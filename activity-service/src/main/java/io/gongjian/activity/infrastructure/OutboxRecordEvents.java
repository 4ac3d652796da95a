package io.gongjian.activity.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.activity.application.RecordEvents;
import io.gongjian.commons.events.CloudEvent;
import io.gongjian.events.AchievementChanged;
import io.gongjian.events.ActivityChanged;
import io.gongjian.events.ConversionChanged;
import io.gongjian.events.EventTypes;
import io.gongjian.events.ExchangeChanged;
import io.gongjian.events.Topics;
import io.gongjian.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** Publishes the activity context's events through the outbox, keyed by partnership id. */
@ApplicationScoped
public class OutboxRecordEvents implements RecordEvents {

    static final String SOURCE = "/gongjian/activity-service";
    private static final String SCHEMAS = "https://gongjian.io/events/schemas/";

    /** Payload type → CloudEvents type and subject collection. */
    private record Shape(String type, String collection) {}

    private static final Map<Class<?>, Shape> SHAPES = Map.of(
            ActivityChanged.class, new Shape(EventTypes.ACTIVITY_CHANGED, "activities"),
            ExchangeChanged.class, new Shape(EventTypes.EXCHANGE_CHANGED, "exchanges"),
            AchievementChanged.class, new Shape(EventTypes.ACHIEVEMENT_CHANGED, "achievements"),
            ConversionChanged.class, new Shape(EventTypes.CONVERSION_CHANGED, "conversions"));

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Override
    public void publish(UUID partnershipId, Object state) {
        Shape shape = SHAPES.get(state.getClass());
        var data = json.valueToTree(state);
        outbox.append(
                Topics.ACTIVITY,
                partnershipId.toString(),
                CloudEvent.of(
                        SOURCE,
                        shape.type(),
                        SCHEMAS + state.getClass().getSimpleName() + ".v1.json",
                        shape.collection() + "/" + data.get("id").asText(),
                        OffsetDateTime.now(),
                        data));
    }
}
