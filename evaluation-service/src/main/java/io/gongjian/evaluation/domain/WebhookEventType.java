package io.gongjian.evaluation.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook endpoint subscribes to; {@link #wire()} is how the API and the payloads spell it. */
public enum WebhookEventType {
    SCORE_CHANGED("score.changed"),
    GRADE_CHANGED("grade.changed"),
    PARTNERSHIP_STATUS_CHANGED("partnership.status-changed"),
    RECTIFICATION_OVERDUE("rectification.overdue"),
    WARNING_STARTED("warning.started"),
    WARNING_ENDED("warning.ended");

    private final String wire;

    WebhookEventType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<WebhookEventType> ofWire(String wire) {
        return Arrays.stream(values()).filter(type -> type.wire.equals(wire)).findFirst();
    }

    /** The wire names, for messages and documents. */
    public static String allWire() {
        return String.join(
                ", ", Arrays.stream(values()).map(WebhookEventType::wire).toList());
    }
}
