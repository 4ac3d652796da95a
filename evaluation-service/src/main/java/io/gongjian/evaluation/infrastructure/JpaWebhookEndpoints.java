package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.application.WebhookEndpoints;
import io.gongjian.evaluation.domain.WebhookDisabledReason;
import io.gongjian.evaluation.domain.WebhookEndpoint;
import io.gongjian.evaluation.domain.WebhookEventType;
import io.gongjian.evaluation.domain.WebhookSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;

/** The {@code webhook_endpoint} table (V2_2). */
@ApplicationScoped
public class JpaWebhookEndpoints implements WebhookEndpoints {

    private static final String COLUMNS = "id, owner_region, url, event_types, region_filter, description, enabled,"
            + " created_by, created_at, version, previous_secret_until, disabled_reason, disabled_at, disabled_detail,"
            + " failing_since, consecutive_failures";

    @Inject
    EntityManager em;

    @Override
    public void add(WebhookEndpoint endpoint, String secret) {
        WebhookSettings settings = endpoint.settings();
        em.createNativeQuery("INSERT INTO webhook_endpoint (id, owner_region, url, event_types, region_filter,"
                        + " description, secret, enabled, disabled_reason, disabled_at, created_by, created_at,"
                        + " version) VALUES (:id, :owner, :url, :types, :filter, :description, :secret, :enabled,"
                        + " :reason, :disabledAt, :by, :at, :version)")
                .unwrap(NativeQuery.class)
                .setParameter("id", endpoint.id())
                .setParameter("owner", endpoint.ownerRegion(), String.class)
                .setParameter("url", settings.url().toString())
                .setParameter("types", types(settings))
                .setParameter("filter", settings.regionFilter(), String.class)
                .setParameter("description", settings.description(), String.class)
                .setParameter("secret", secret)
                .setParameter("enabled", settings.enabled())
                .setParameter("reason", reason(endpoint.disabledReason()), String.class)
                .setParameter("disabledAt", endpoint.disabledAt(), OffsetDateTime.class)
                .setParameter("by", endpoint.createdBy())
                .setParameter("at", endpoint.createdAt())
                .setParameter("version", endpoint.version())
                .executeUpdate();
    }

    @Override
    public Optional<WebhookEndpoint> find(UUID id) {
        return one("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE id = :id", id);
    }

    @Override
    public Optional<WebhookEndpoint> lock(UUID id) {
        return one("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE id = :id FOR UPDATE", id);
    }

    @Override
    public List<WebhookEndpoint> registeredIn(String ownerPrefix, int offset, int limit) {
        Query query = em.createNativeQuery("SELECT " + COLUMNS + " FROM webhook_endpoint" + where(ownerPrefix)
                        + " ORDER BY created_at, id OFFSET :offset LIMIT :limit")
                .setParameter("offset", offset)
                .setParameter("limit", limit);
        if (ownerPrefix != null) {
            query.setParameter("owner", ownerPrefix + "%");
        }
        return query.getResultList().stream()
                .map(row -> endpoint((Object[]) row))
                .toList();
    }

    @Override
    public long countRegisteredIn(String ownerPrefix) {
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM webhook_endpoint" + where(ownerPrefix));
        if (ownerPrefix != null) {
            query.setParameter("owner", ownerPrefix + "%");
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    @Override
    public long change(UUID id, WebhookSettings settings, WebhookDisabledReason reasonIfOff) {
        // Turned on: a fresh start (no run of failures); turned off by hand: MANUAL; left off: as it was.
        return ((Number) em.createNativeQuery("UPDATE webhook_endpoint SET url = :url, event_types = :types,"
                                + " region_filter = :filter, description = :description,"
                                + " disabled_reason = CASE WHEN :enabled THEN NULL WHEN enabled THEN :reason"
                                + " ELSE disabled_reason END,"
                                + " disabled_at = CASE WHEN :enabled THEN NULL WHEN enabled THEN now()"
                                + " ELSE disabled_at END,"
                                + " disabled_detail = CASE WHEN :enabled OR enabled THEN NULL ELSE disabled_detail END,"
                                + " failing_since = CASE WHEN :enabled AND NOT enabled THEN NULL ELSE failing_since END,"
                                + " consecutive_failures = CASE WHEN :enabled AND NOT enabled THEN 0"
                                + " ELSE consecutive_failures END,"
                                + " enabled = :enabled, version = version + 1 WHERE id = :id RETURNING version")
                        .unwrap(NativeQuery.class)
                        .setParameter("url", settings.url().toString())
                        .setParameter("types", types(settings))
                        .setParameter("filter", settings.regionFilter(), String.class)
                        .setParameter("description", settings.description(), String.class)
                        .setParameter("enabled", settings.enabled())
                        .setParameter("reason", reasonIfOff.name())
                        .setParameter("id", id)
                        .getSingleResult())
                .longValue();
    }

    @Override
    public long rotate(UUID id, String secret, OffsetDateTime previousUntil) {
        return ((Number) em.createNativeQuery("UPDATE webhook_endpoint SET previous_secret = secret,"
                                + " previous_secret_until = :until, secret = :secret, version = version + 1"
                                + " WHERE id = :id RETURNING version")
                        .setParameter("until", previousUntil)
                        .setParameter("secret", secret)
                        .setParameter("id", id)
                        .getSingleResult())
                .longValue();
    }

    @Override
    public void remove(UUID id) {
        em.createNativeQuery("DELETE FROM webhook_endpoint WHERE id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    private static String where(String ownerPrefix) {
        return ownerPrefix == null ? "" : " WHERE owner_region LIKE :owner";
    }

    private Optional<WebhookEndpoint> one(String sql, UUID id) {
        List<?> rows = em.createNativeQuery(sql).setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(row -> endpoint((Object[]) row));
    }

    private static WebhookEndpoint endpoint(Object[] row) {
        OffsetDateTime previousUntil = SqlValues.time(row[10]);
        return new WebhookEndpoint(
                (UUID) row[0],
                (String) row[1],
                new WebhookSettings(
                        URI.create((String) row[2]),
                        Arrays.stream(((String) row[3]).split(","))
                                .map(wire -> WebhookEventType.ofWire(wire).orElseThrow())
                                .collect(Collectors.toSet()),
                        (String) row[4],
                        (String) row[5],
                        (Boolean) row[6]),
                (String) row[7],
                SqlValues.time(row[8]),
                ((Number) row[9]).longValue(),
                previousUntil != null && previousUntil.isAfter(OffsetDateTime.now()) ? previousUntil : null,
                row[11] == null ? null : WebhookDisabledReason.valueOf((String) row[11]),
                SqlValues.time(row[12]),
                (String) row[13],
                SqlValues.time(row[14]),
                ((Number) row[15]).intValue());
    }

    private static String types(WebhookSettings settings) {
        return settings.eventTypes().stream()
                .sorted()
                .map(WebhookEventType::wire)
                .collect(Collectors.joining(","));
    }

    private static String reason(WebhookDisabledReason reason) {
        return reason == null ? null : reason.name();
    }
}
