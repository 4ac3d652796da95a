package io.gongjian.evaluation.infrastructure;

import io.gongjian.commons.domain.Conflict;
import io.gongjian.evaluation.application.Benchmarks;
import io.gongjian.evaluation.domain.Grade;
import io.gongjian.evaluation.domain.benchmarks.Benchmark;
import io.gongjian.evaluation.domain.benchmarks.Relay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.query.NativeQuery;

/** The {@code benchmark} and {@code benchmark_relay} tables (V11). */
@ApplicationScoped
public class JpaBenchmarks implements Benchmarks {

    private static final String COLUMNS = "id, partnership_id, region_code, valid_from, valid_until, citation,"
            + " designated_on, designated_by, grade_on_designation, override_reason";

    /** First key of the advisory lock that serialises the designations of one partnership (see {@link PostgresLocks}). */
    private static final int DESIGNATIONS = 0x6a76;

    @Inject
    EntityManager em;

    @Override
    public void lockDesignations(UUID partnershipId) {
        em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(:space, hashtext(:id)) AS VARCHAR)")
                .setParameter("space", DESIGNATIONS)
                .setParameter("id", partnershipId.toString())
                .getSingleResult();
    }

    @Override
    public List<Benchmark> ofPartnership(UUID partnershipId) {
        return benchmarks(em.createNativeQuery("SELECT " + COLUMNS + " FROM benchmark WHERE partnership_id = :id")
                .setParameter("id", partnershipId));
    }

    @Override
    public void add(Benchmark benchmark) {
        em.createNativeQuery("INSERT INTO benchmark (" + COLUMNS + ", created_at) VALUES (:id, :partnership, :region,"
                        + " :from, :until, :citation, :on, :by, :grade, :reason, :at)")
                .unwrap(NativeQuery.class)
                .setParameter("id", benchmark.id())
                .setParameter("partnership", benchmark.partnershipId())
                .setParameter("region", benchmark.regionCode())
                .setParameter("from", benchmark.validFrom())
                .setParameter("until", benchmark.validUntil())
                .setParameter("citation", benchmark.citation())
                .setParameter("on", benchmark.designatedOn())
                .setParameter("by", benchmark.designatedBy())
                .setParameter("grade", benchmark.gradeOnDesignation().name())
                .setParameter("reason", benchmark.overrideReason(), String.class)
                .setParameter("at", OffsetDateTime.now())
                .executeUpdate();
    }

    @Override
    public Optional<Benchmark> find(UUID id) {
        return benchmarks(em.createNativeQuery("SELECT " + COLUMNS + " FROM benchmark WHERE id = :id")
                        .setParameter("id", id))
                .stream()
                .findFirst();
    }

    @Override
    public List<Benchmark> list(String regionPrefix, Listed listed, LocalDate today, int offset, int limit) {
        Query query = em.createNativeQuery("SELECT " + COLUMNS + " FROM benchmark" + where(listed)
                        + " ORDER BY valid_from DESC, created_at DESC, id OFFSET :offset LIMIT :limit")
                .setParameter("offset", offset)
                .setParameter("limit", limit);
        return benchmarks(filtered(query, regionPrefix, listed, today));
    }

    @Override
    public long count(String regionPrefix, Listed listed, LocalDate today) {
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM benchmark" + where(listed));
        return ((Number) filtered(query, regionPrefix, listed, today).getSingleResult()).longValue();
    }

    @Override
    public Map<UUID, List<Relay>> relaysOf(Collection<UUID> benchmarkIds) {
        Map<UUID, List<Relay>> relays = new HashMap<>();
        benchmarkIds.forEach(id -> relays.put(id, new ArrayList<>()));
        if (benchmarkIds.isEmpty()) {
            return relays;
        }
        List<?> rows = em.createNativeQuery("SELECT benchmark_id, sequence, host_partnership_id, activity_id,"
                        + " next_partnership_id, recorded_at, recorded_by, note FROM benchmark_relay"
                        + " WHERE benchmark_id IN (:ids) ORDER BY benchmark_id, sequence")
                .setParameter("ids", benchmarkIds)
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Relay relay = new Relay(
                    (UUID) r[0],
                    ((Number) r[1]).intValue(),
                    (UUID) r[2],
                    (UUID) r[3],
                    (UUID) r[4],
                    SqlValues.time(r[5]),
                    (String) r[6],
                    (String) r[7]);
            relays.get(relay.benchmarkId()).add(relay);
        }
        return relays;
    }

    @Override
    public void add(Relay relay) {
        try {
            em.createNativeQuery("INSERT INTO benchmark_relay (benchmark_id, sequence, host_partnership_id,"
                            + " activity_id, next_partnership_id, note, recorded_at, recorded_by) VALUES (:benchmark,"
                            + " :sequence, :host, :activity, :next, :note, :at, :by)")
                    .unwrap(NativeQuery.class)
                    .setParameter("benchmark", relay.benchmarkId())
                    .setParameter("sequence", relay.sequence())
                    .setParameter("host", relay.hostPartnershipId())
                    .setParameter("activity", relay.activityId())
                    .setParameter("next", relay.nextPartnershipId())
                    .setParameter("note", relay.note(), String.class)
                    .setParameter("at", relay.recordedAt())
                    .setParameter("by", relay.recordedBy())
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (sequenceTaken(e)) {
                throw new Conflict(null, "benchmark.relay-recorded-meanwhile", relay.sequence());
            }
            throw e;
        }
    }

    private static boolean sequenceTaken(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return "benchmark_relay_sequence".equals(violation.getConstraintName());
            }
        }
        return false;
    }

    private static String where(Listed listed) {
        String where = " WHERE region_code LIKE :prefix || '%'";
        return switch (listed) {
            case CURRENT -> where + " AND valid_from <= :today AND valid_until >= :today";
            case PAST -> where + " AND valid_until < :today";
            case ALL -> where;
        };
    }

    private static Query filtered(Query query, String regionPrefix, Listed listed, LocalDate today) {
        query.setParameter("prefix", regionPrefix);
        if (listed != Listed.ALL) {
            query.setParameter("today", today);
        }
        return query;
    }

    private static List<Benchmark> benchmarks(Query query) {
        return ((List<?>) query.getResultList())
                .stream()
                        .map(row -> {
                            Object[] r = (Object[]) row;
                            return new Benchmark(
                                    (UUID) r[0],
                                    (UUID) r[1],
                                    (String) r[2],
                                    SqlValues.date(r[3]),
                                    SqlValues.date(r[4]),
                                    (String) r[5],
                                    SqlValues.date(r[6]),
                                    (String) r[7],
                                    Grade.valueOf((String) r[8]),
                                    (String) r[9]);
                        })
                        .toList();
    }
}
