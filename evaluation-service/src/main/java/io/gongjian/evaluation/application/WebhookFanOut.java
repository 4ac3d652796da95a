package io.gongjian.evaluation.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.commons.security.PartnershipVisibility;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.WebhookEventType;
import io.gongjian.evaluation.domain.warnings.Warning;
import io.gongjian.evaluation.domain.warnings.WarningKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns what happened into queued webhook deliveries. Score, grade and status changes come from the change feed
 * (the one record of them, written with the scores): the fan-out follows its positions and queues the deliveries in
 * the transaction that moves its own cursor, so each change is fanned out once, whichever replica does it. Overdue
 * rectification items are marked notified in the transaction that queues theirs, and early warnings announced in
 * the transaction of the warning scan that opens or ends them.
 */
@ApplicationScoped
public class WebhookFanOut {

    private static final int BATCH = 500;

    @Inject
    ChangeFeed feed;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    WebhooksConfig config;

    @Inject
    ObjectMapper json;

    /** Fans out the changes entered in the feed since the last time; answers how many deliveries it queued. */
    public int followChangeFeed() {
        feed.sequence();
        int queued = 0;
        int[] round;
        do {
            round = QuarkusTransaction.requiringNew().call(this::fanOutNextChanges);
            queued += round[1];
        } while (round[0] == BATCH);
        return queued;
    }

    /** Queues {@code rectification.overdue} for each item that became overdue; answers how many deliveries. */
    public int announceOverdueRectifications(LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int queued = 0;
            for (WebhookDeliveries.OverdueRectification item : deliveries.markOverdue(today)) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("rectificationId", item.id());
                data.put("partnershipId", item.partnershipId());
                data.put("regionCode", item.regionCode());
                data.put("issue", item.issue());
                data.put("raisedOn", item.raisedOn());
                data.put("dueOn", item.dueOn());
                OffsetDateTime now = OffsetDateTime.now();
                queued += enqueue(WebhookEventType.RECTIFICATION_OVERDUE, item.regionCode(), now, data);
            }
            return queued;
        });
    }

    /**
     * Queues {@code warning.started} for a warning just opened, in the transaction that opened it: the warning is
     * opened once whichever replicas scan (one open warning per kind and subject), and so announced once.
     */
    public int announceWarningStarted(UUID warningId, EvaluatedPartnership partnership, Warning warning) {
        Map<String, Object> data = warningData(warningId, partnership, warning.kind(), warning.subjectId());
        data.put("startedOn", warning.startedOn());
        data.put("details", warning.details());
        return enqueue(WebhookEventType.WARNING_STARTED, partnership.regionCode(), OffsetDateTime.now(), data);
    }

    /** Queues {@code warning.ended} for a warning just ended, in the transaction that ended it. */
    public int announceWarningEnded(EarlyWarnings.Stored warning, EvaluatedPartnership partnership, LocalDate endedOn) {
        Map<String, Object> data = warningData(warning.id(), partnership, warning.kind(), warning.subjectId());
        data.put("startedOn", warning.startedOn());
        data.put("endedOn", endedOn);
        return enqueue(WebhookEventType.WARNING_ENDED, partnership.regionCode(), OffsetDateTime.now(), data);
    }

    private static Map<String, Object> warningData(
            UUID warningId, EvaluatedPartnership partnership, WarningKind kind, UUID subjectId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("warningId", warningId);
        data.put("partnershipId", partnership.id());
        data.put("regionCode", partnership.regionCode());
        data.put("kind", kind);
        data.put("subjectId", subjectId);
        return data;
    }

    /** One batch: {changes read, deliveries queued}. */
    private int[] fanOutNextChanges() {
        Optional<Long> followed = deliveries.lockFanOut();
        if (followed.isEmpty()) {
            return new int[] {0, 0}; // another replica is at it
        }
        long after = Math.max(followed.get(), feed.purgedThrough());
        List<ScoreChange> changes = feed.after(after, BATCH, PartnershipVisibility.all());
        int queued = 0;
        for (ScoreChange change : changes) {
            Map<String, Object> data = data(change);
            for (WebhookEventType type : typesOf(change)) {
                queued += enqueue(type, change.regionCode(), change.changedAt(), data);
            }
        }
        if (!changes.isEmpty()) {
            deliveries.followedThrough(changes.get(changes.size() - 1).position());
        }
        return new int[] {changes.size(), queued};
    }

    /** A change of composite or dimensions is a score change; a grade's and a status's are their own events too. */
    static List<WebhookEventType> typesOf(ScoreChange change) {
        List<WebhookEventType> types = new ArrayList<>();
        if (change.changed().contains("composite")
                || change.changed().contains("dimensions")
                || change.changed().contains("grade")) {
            types.add(WebhookEventType.SCORE_CHANGED);
        }
        if (change.changed().contains("grade")) {
            types.add(WebhookEventType.GRADE_CHANGED);
        }
        if (change.changed().contains("status")) {
            types.add(WebhookEventType.PARTNERSHIP_STATUS_CHANGED);
        }
        return types;
    }

    /** The change as the change feed shows it (GET /api/v1/evaluation/changes). */
    private static Map<String, Object> data(ScoreChange change) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("partnershipId", change.partnershipId());
        data.put("regionCode", change.regionCode());
        data.put("changedAt", change.changedAt());
        data.put("cause", change.cause().kind());
        data.put("causeReference", change.cause().reference());
        data.put("changed", change.changed());
        data.put("status", change.status());
        data.put("asOf", change.asOf());
        data.put("composite", change.composite());
        data.put("grade", change.grade());
        data.put("dimensions", change.dimensions());
        data.put("warnings", change.warnings());
        return data;
    }

    /** The payload as the Standard Webhooks specification shapes it: type, timestamp, data. */
    private int enqueue(WebhookEventType type, String regionCode, OffsetDateTime occurredAt, Map<String, Object> data) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type.wire());
        payload.put("timestamp", occurredAt);
        payload.put("data", data);
        try {
            return deliveries.enqueue(
                    type, regionCode, occurredAt, json.writeValueAsString(payload), config.retryFor());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook payload is plain data", e);
        }
    }
}
