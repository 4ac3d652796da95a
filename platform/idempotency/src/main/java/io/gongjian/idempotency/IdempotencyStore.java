package io.gongjian.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.commons.api.Failures;
import io.gongjian.commons.api.IdempotencyKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

/**
 * The {@code idempotency_key} table, in the transaction of the write it names. Claiming a key inserts its row: a
 * concurrent request with the same key blocks on the row's unique entry until the first commits (then it finds the
 * answer) or rolls back (then it claims the key itself), for at most {@link IdempotencyConfig#longestWait()}.
 */
@ApplicationScoped
class IdempotencyStore {

    /** PostgreSQL gave up waiting within lock_timeout. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    IdempotencyConfig config;

    /** What a claim found: nothing (the caller goes on and writes) or the first answer to replay. */
    sealed interface Claim {
        record Claimed() implements Claim {}

        record Replay(Answer answer) implements Claim {}
    }

    /**
     * Claims {@code key} for a request with {@code fingerprint}, or answers the first answer to it.
     *
     * @throws IdempotencyKey.Reused when the key named another request
     * @throws IdempotencyKey.InProgress when the request holding the key did not finish within the wait
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Claim claim(String caller, String key, String fingerprint, String request) {
        if (insert(caller, key, fingerprint, request)) {
            return new Claim.Claimed();
        }
        Object[] first = (Object[]) entityManager
                .createNativeQuery("SELECT fingerprint, request, created_at < :oldest, status, headers, body"
                        + " FROM idempotency_key WHERE caller = :caller AND key = :key")
                .setParameter("oldest", OffsetDateTime.now().minus(config.retention()))
                .setParameter("caller", caller)
                .setParameter("key", key)
                .getSingleResult();
        if (Boolean.TRUE.equals(first[2])) {
            // Expired, not yet purged: the key is free again.
            entityManager
                    .createNativeQuery("DELETE FROM idempotency_key WHERE caller = :caller AND key = :key")
                    .setParameter("caller", caller)
                    .setParameter("key", key)
                    .executeUpdate();
            insert(caller, key, fingerprint, request);
            return new Claim.Claimed();
        }
        if (!fingerprint.equals(first[0])) {
            throw new IdempotencyKey.Reused(
                    key, (String) first[1], config.retention().toHours());
        }
        return new Claim.Replay(
                new Answer(((Number) first[3]).intValue(), headers((String) first[4]), (String) first[5]));
    }

    /** Keeps the answer to the claimed key, in the transaction of the write. */
    @Transactional(Transactional.TxType.MANDATORY)
    void complete(String caller, String key, Answer answer) {
        entityManager
                .createNativeQuery("UPDATE idempotency_key SET status = :status, headers = :headers, body = :body"
                        + " WHERE caller = :caller AND key = :key")
                .unwrap(NativeQuery.class)
                .setParameter("status", answer.status())
                .setParameter("headers", write(answer.headers()))
                .setParameter("body", answer.body(), String.class)
                .setParameter("caller", caller)
                .setParameter("key", key)
                .executeUpdate();
    }

    /** Deletes the keys older than the retention; answers how many. */
    @Transactional
    int purge() {
        return entityManager
                .createNativeQuery("DELETE FROM idempotency_key WHERE created_at < :oldest")
                .setParameter("oldest", OffsetDateTime.now().minus(config.retention()))
                .executeUpdate();
    }

    /** Inserts the key's row unless it exists; waits, bounded, for a concurrent holder of the key to finish. */
    private boolean insert(String caller, String key, String fingerprint, String request) {
        entityManager
                .createNativeQuery("SELECT set_config('lock_timeout', :wait, true)")
                .setParameter("wait", config.longestWait().toMillis() + "ms")
                .getSingleResult();
        int inserted;
        try {
            inserted = entityManager
                    .createNativeQuery("INSERT INTO idempotency_key (caller, key, fingerprint, request)"
                            + " VALUES (:caller, :key, :fingerprint, :request) ON CONFLICT (caller, key) DO NOTHING")
                    .setParameter("caller", caller)
                    .setParameter("key", key)
                    .setParameter("fingerprint", fingerprint)
                    .setParameter("request", request)
                    .executeUpdate();
        } catch (RuntimeException e) {
            Optional<SQLException> sql = Failures.cause(e, SQLException.class);
            if (sql.isPresent() && LOCK_NOT_AVAILABLE.equals(sql.get().getSQLState())) {
                throw new IdempotencyKey.InProgress(key);
            }
            throw e;
        }
        // The write that follows waits for its own locks as it always did.
        entityManager
                .createNativeQuery("SELECT set_config('lock_timeout', '0', true)")
                .getSingleResult();
        return inserted == 1;
    }

    private String write(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("headers of a stored answer", e);
        }
    }

    private Map<String, String> headers(String stored) {
        try {
            return stored == null ? Map.of() : json.readValue(stored, HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("headers of a stored answer", e);
        }
    }
}
