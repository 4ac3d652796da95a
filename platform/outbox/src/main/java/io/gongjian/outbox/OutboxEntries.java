package io.gongjian.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The outbox table: what the relay sends next, what it parked, and how far behind it is. */
@ApplicationScoped
public class OutboxEntries implements PanacheRepositoryBase<OutboxEntry, Long> {

    /** Any constant shared by the replicas of one service; each service has its own database. */
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    /** How far the relay is behind, and what it gave up on. */
    public record Backlog(long pending, OffsetDateTime oldestPending, long parked) {}

    /** One relay at a time across replicas: held until the current transaction ends. */
    boolean tryLockRelay() {
        return (Boolean) getEntityManager()
                .createNativeQuery("SELECT pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", RELAY_LOCK)
                .getSingleResult();
    }

    /**
     * The oldest pending entries that may go now: not waiting out a backoff, and with no earlier entry of the same
     * record key waiting out one (it must not be overtaken; a parked one may be).
     */
    @SuppressWarnings("unchecked")
    List<OutboxEntry> due(int limit, OffsetDateTime now) {
        return getEntityManager()
                .createNativeQuery(
                        """
                        SELECT o.* FROM outbox o
                        WHERE o.published_at IS NULL AND o.parked_at IS NULL
                          AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= :now)
                          AND NOT EXISTS (
                            SELECT 1 FROM outbox w
                            WHERE w.published_at IS NULL AND w.parked_at IS NULL AND w.next_attempt_at > :now
                              AND w.topic = o.topic AND w.record_key = o.record_key AND w.position < o.position)
                        ORDER BY o.position
                        """,
                        OutboxEntry.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    public Backlog backlog() {
        Object[] row = getEntityManager()
                .createQuery(
                        """
                        SELECT SUM(CASE WHEN e.parkedAt IS NULL THEN 1 ELSE 0 END),
                               MIN(CASE WHEN e.parkedAt IS NULL THEN e.createdAt END),
                               SUM(CASE WHEN e.parkedAt IS NOT NULL THEN 1 ELSE 0 END)
                        FROM OutboxEntry e WHERE e.publishedAt IS NULL
                        """,
                        Object[].class)
                .getSingleResult();
        return new Backlog(sum(row[0]), (OffsetDateTime) row[1], sum(row[2]));
    }

    private static long sum(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    /** Parked entries, oldest first. */
    public List<OutboxEntry> parked(int offset, int limit) {
        return find("parkedAt IS NOT NULL AND publishedAt IS NULL", Sort.by("position"))
                .range(offset, offset + limit - 1)
                .list();
    }

    public long countParked() {
        return count("parkedAt IS NOT NULL AND publishedAt IS NULL");
    }

    /** Makes a parked entry pending again, its attempts counted from zero; empty when no such entry is parked. */
    public Optional<OutboxEntry> unpark(UUID eventId) {
        Optional<OutboxEntry> entry = find("eventId = ?1 AND parkedAt IS NOT NULL AND publishedAt IS NULL", eventId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
        entry.ifPresent(parked -> {
            parked.parkedAt = null;
            parked.attempts = 0;
            parked.nextAttemptAt = null;
        });
        return entry;
    }

    /** Deletes what was published before {@code before}: the topics keep the history. */
    long purgePublishedBefore(OffsetDateTime before) {
        return delete("publishedAt < ?1", before);
    }
}
