package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.application.WebhookDeliveries;
import io.gongjian.evaluation.application.WebhookSender;
import io.gongjian.evaluation.domain.WebhookEventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/** The webhook queue (V2_2): {@code webhook_delivery}, {@code webhook_attempt}, and the fan-out's cursor. */
@ApplicationScoped
public class JpaWebhookDeliveries implements WebhookDeliveries {

    @Inject
    EntityManager em;

    @Override
    public int enqueue(
            WebhookEventType type, String regionCode, OffsetDateTime occurredAt, String payload, Duration retryFor) {
        return em.createNativeQuery("INSERT INTO webhook_delivery (id, endpoint_id, event_type, payload, state,"
                        + " retry_until) SELECT gen_random_uuid(), e.id, :type, :payload, 'PENDING',"
                        + " clock_timestamp() + make_interval(secs => :retry) FROM webhook_endpoint e"
                        + " WHERE e.enabled AND (',' || e.event_types || ',') LIKE :typePattern"
                        + " AND (e.owner_region IS NULL OR :region LIKE e.owner_region || '%')"
                        + " AND (e.region_filter IS NULL OR :region LIKE e.region_filter || '%')"
                        + " AND e.created_at <= :occurredAt")
                .setParameter("type", type.wire())
                .setParameter("payload", payload)
                .setParameter("retry", (double) retryFor.toSeconds())
                .setParameter("typePattern", "%," + type.wire() + ",%")
                .setParameter("region", regionCode)
                .setParameter("occurredAt", occurredAt)
                .executeUpdate();
    }

    @Override
    public Optional<Long> lockFanOut() {
        List<?> rows = em.createNativeQuery("SELECT followed_through FROM webhook_fan_out FOR UPDATE SKIP LOCKED")
                .getResultList();
        return rows.stream().findFirst().map(value -> ((Number) value).longValue());
    }

    @Override
    public void followedThrough(long position) {
        em.createNativeQuery("UPDATE webhook_fan_out SET followed_through = :position")
                .setParameter("position", position)
                .executeUpdate();
    }

    @Override
    public List<OverdueRectification> markOverdue(LocalDate today) {
        // ON CONFLICT: two replicas scanning at once mark each item once; the second waits for the first and skips.
        List<?> rows = em.createNativeQuery("WITH overdue AS (SELECT id, partnership_id, region_code,"
                        + " CAST(details AS jsonb) AS d FROM evaluator_input WHERE kind = 'RECTIFICATION'"
                        + " AND status = 'ACTIVE'), marked AS (INSERT INTO rectification_overdue_notice"
                        + " (input_id, notified_at) SELECT id, now() FROM overdue"
                        + " WHERE d ->> 'completedOn' IS NULL AND CAST(d ->> 'dueOn' AS date) < :today"
                        + " ON CONFLICT (input_id) DO NOTHING RETURNING input_id)"
                        + " SELECT o.id, o.partnership_id, o.region_code, o.d ->> 'issue',"
                        + " CAST(o.d ->> 'raisedOn' AS date), CAST(o.d ->> 'dueOn' AS date)"
                        + " FROM overdue o JOIN marked m ON m.input_id = o.id ORDER BY o.id")
                .setParameter("today", today)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new OverdueRectification(
                        (UUID) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        (String) r[3],
                        SqlValues.date(r[4]),
                        SqlValues.date(r[5])))
                .toList();
    }

    @Override
    public List<Claimed> claim(int limit, Duration lease, OffsetDateTime now) {
        List<?> rows = em.createNativeQuery("UPDATE webhook_delivery d SET next_attempt_at = :leaseEnd"
                        + " FROM webhook_endpoint e WHERE e.id = d.endpoint_id AND d.id IN (SELECT q.id"
                        + " FROM webhook_delivery q JOIN webhook_endpoint qe ON qe.id = q.endpoint_id"
                        + " WHERE q.state = 'PENDING' AND qe.enabled AND q.next_attempt_at <= :now"
                        + " ORDER BY q.next_attempt_at LIMIT :limit FOR UPDATE OF q SKIP LOCKED)"
                        + " RETURNING d.id, d.endpoint_id, e.url, e.secret,"
                        + " CASE WHEN e.previous_secret_until > :now THEN e.previous_secret END,"
                        + " d.payload, d.attempts, d.retry_until")
                .setParameter("leaseEnd", now.plus(lease))
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        List<Claimed> claimed = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            List<String> secrets = r[4] == null ? List.of((String) r[3]) : List.of((String) r[3], (String) r[4]);
            claimed.add(new Claimed(
                    (UUID) r[0],
                    (UUID) r[1],
                    URI.create((String) r[2]),
                    secrets,
                    (String) r[5],
                    ((Number) r[6]).intValue(),
                    SqlValues.time(r[7])));
        }
        return claimed;
    }

    @Override
    public void attempted(
            Claimed delivery, OffsetDateTime at, WebhookSender.Outcome outcome, OffsetDateTime nextAttempt) {
        int attempt = delivery.attempts() + 1;
        em.createNativeQuery("INSERT INTO webhook_attempt (delivery_id, attempt, attempted_at, http_status,"
                        + " latency_ms, error) VALUES (:id, :attempt, :at, :status, :latency, :error)"
                        + " ON CONFLICT (delivery_id, attempt) DO NOTHING")
                .unwrap(NativeQuery.class)
                .setParameter("id", delivery.id())
                .setParameter("attempt", attempt)
                .setParameter("at", at)
                .setParameter("status", outcome.status(), Integer.class)
                .setParameter("latency", outcome.latencyMillis())
                .setParameter("error", outcome.error(), String.class)
                .executeUpdate();
        String state = outcome.succeeded() ? "DELIVERED" : nextAttempt == null ? "FAILED" : "PENDING";
        // The first report of this attempt counts: a claimant whose lease ran out may report late.
        em.createNativeQuery("UPDATE webhook_delivery SET state = :state, attempts = :attempt,"
                        + " delivered_at = CASE WHEN :delivered THEN CAST(:at AS timestamptz) END,"
                        + " next_attempt_at = COALESCE(CAST(:next AS timestamptz), next_attempt_at)"
                        + " WHERE id = :id AND attempts = :before")
                .unwrap(NativeQuery.class)
                .setParameter("state", state)
                .setParameter("attempt", attempt)
                .setParameter("delivered", outcome.succeeded())
                .setParameter("at", at)
                .setParameter("next", nextAttempt, OffsetDateTime.class)
                .setParameter("id", delivery.id())
                .setParameter("before", delivery.attempts())
                .executeUpdate();
    }

    @Override
    public FailureRun endpointFailed(UUID endpointId, OffsetDateTime at) {
        List<?> rows = em.createNativeQuery("UPDATE webhook_endpoint SET consecutive_failures = consecutive_failures"
                        + " + 1, failing_since = COALESCE(failing_since, :at) WHERE id = :id"
                        + " RETURNING consecutive_failures, failing_since")
                .setParameter("at", at)
                .setParameter("id", endpointId)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new FailureRun(((Number) r[0]).intValue(), SqlValues.time(r[1])))
                .findFirst()
                .orElse(new FailureRun(0, at)); // deleted meanwhile
    }

    @Override
    public void endpointSucceeded(UUID endpointId) {
        em.createNativeQuery("UPDATE webhook_endpoint SET consecutive_failures = 0, failing_since = NULL"
                        + " WHERE id = :id AND consecutive_failures > 0")
                .setParameter("id", endpointId)
                .executeUpdate();
    }

    @Override
    public void disable(UUID endpointId, OffsetDateTime at, String detail) {
        em.createNativeQuery("UPDATE webhook_endpoint SET enabled = FALSE, disabled_reason = 'SUSTAINED_FAILURE',"
                        + " disabled_at = :at, disabled_detail = :detail, version = version + 1"
                        + " WHERE id = :id AND enabled")
                .setParameter("at", at)
                .setParameter("detail", detail)
                .setParameter("id", endpointId)
                .executeUpdate();
    }

    @Override
    public List<DeliveryLog> ofEndpoint(UUID endpointId, int limit) {
        List<?> rows = em.createNativeQuery("SELECT id, event_type, state, created_at, delivered_at,"
                        + " next_attempt_at, payload FROM webhook_delivery WHERE endpoint_id = :id"
                        + " ORDER BY created_at DESC, id LIMIT :limit")
                .setParameter("id", endpointId)
                .setParameter("limit", limit)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(row -> (UUID) ((Object[]) row)[0]).toList();
        Map<UUID, List<Attempt>> attempts = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT delivery_id, attempt, attempted_at, http_status, latency_ms,"
                        + " error FROM webhook_attempt WHERE delivery_id IN (:ids) ORDER BY delivery_id, attempt")
                .setParameter("ids", ids)
                .getResultList()) {
            Object[] a = (Object[]) row;
            attempts.computeIfAbsent((UUID) a[0], id -> new ArrayList<>())
                    .add(new Attempt(
                            ((Number) a[1]).intValue(),
                            SqlValues.time(a[2]),
                            a[3] == null ? null : ((Number) a[3]).intValue(),
                            ((Number) a[4]).longValue(),
                            (String) a[5]));
        }
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new DeliveryLog(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        SqlValues.time(r[3]),
                        SqlValues.time(r[4]),
                        "PENDING".equals(r[2]) ? SqlValues.time(r[5]) : null,
                        (String) r[6],
                        attempts.getOrDefault((UUID) r[0], List.of())))
                .toList();
    }

    @Override
    public boolean redeliver(UUID endpointId, UUID deliveryId, OffsetDateTime now, Duration retryFor) {
        return em.createNativeQuery(
                                "UPDATE webhook_delivery SET state = 'PENDING', next_attempt_at = :now,"
                                        + " retry_until = :until, delivered_at = NULL WHERE id = :id AND endpoint_id = :endpoint")
                        .setParameter("now", now)
                        .setParameter("until", now.plus(retryFor))
                        .setParameter("id", deliveryId)
                        .setParameter("endpoint", endpointId)
                        .executeUpdate()
                == 1;
    }

    @Override
    public int purge(OffsetDateTime before) {
        return em.createNativeQuery("DELETE FROM webhook_delivery WHERE state <> 'PENDING' AND created_at < :before")
                .setParameter("before", before)
                .executeUpdate();
    }
}
