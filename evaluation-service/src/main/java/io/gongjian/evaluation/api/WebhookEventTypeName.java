package io.gongjian.evaluation.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.gongjian.evaluation.domain.WebhookEventType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event type as the API spells it ("score.changed"). */
@Schema(
        name = "WebhookEventType",
        description = "What a webhook endpoint receives",
        enumeration = {
            "score.changed",
            "grade.changed",
            "partnership.status-changed",
            "rectification.overdue",
            "warning.started",
            "warning.ended"
        },
        type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)
public record WebhookEventTypeName(String wire) {

    @JsonCreator
    public static WebhookEventTypeName of(String wire) {
        return new WebhookEventTypeName(wire);
    }

    static WebhookEventTypeName of(WebhookEventType type) {
        return new WebhookEventTypeName(type.wire());
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }
}
