package io.gongjian.evaluation.infrastructure;

import com.fasterxml.jackson.core.type.TypeReference;
import io.gongjian.commons.security.PartnershipVisibility;
import io.gongjian.evaluation.application.ChangeCause;
import io.gongjian.evaluation.application.ChangeFeed;
import io.gongjian.evaluation.application.OpenWarning;
import io.gongjian.evaluation.application.ScoreChange;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.Scorecard;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/** The {@code score_change} table (V2_1): entries written unnumbered, numbered by {@link #sequence()}. */
@ApplicationScoped
public class JpaChangeFeed implements ChangeFeed {

    /** One sequencer at a time, so that positions follow the order in which entries were found committed. */
    private static final long SEQUENCER_LOCK = 0x67_6a_63_66_65_65_64L; // "gjcfeed"

    private static final TypeReference<TreeMap<String, BigDecimal>> DIMENSIONS = new TypeReference<>() {};
    private static final TypeReference<List<OpenWarning>> WARNINGS = new TypeReference<>() {};
    private static final String NO_WARNINGS = "[]";

    @Inject
    EntityManager em;

    @Inject
    JsonColumns json;

    @Override
    public boolean recordIfChanged(EvaluatedPartnership partnership, Scorecard scorecard, ChangeCause cause) {
        return record(partnership, scorecard, null, cause);
    }

    @Override
    public boolean recordWarnings(
            EvaluatedPartnership partnership, Scorecard scorecard, List<OpenWarning> warnings, ChangeCause cause) {
        return record(partnership, scorecard, warnings, cause);
    }

    /** @param warnings the open warnings; null to keep those of the last entry */
    private boolean record(
            EvaluatedPartnership partnership, Scorecard scorecard, List<OpenWarning> warnings, ChangeCause cause) {
        Map<String, BigDecimal> dimensions = new TreeMap<>();
        scorecard.dimensions().forEach(d -> dimensions.put(d.dimension().name(), d.available() ? d.score() : null));
        String dimensionsJson = json.write(dimensions);
        List<?> last = em.createNativeQuery("SELECT composite, grade, dimensions, status, warnings FROM score_change"
                        + " WHERE partnership_id = :id ORDER BY id DESC LIMIT 1")
                .setParameter("id", partnership.id())
                .getResultList();
        List<String> changed = new ArrayList<>();
        String warningsJson = warnings == null ? NO_WARNINGS : json.write(warnings);
        if (last.isEmpty()) {
            changed.addAll(List.of("composite", "grade", "dimensions", "status"));
            if (warnings != null && !warnings.isEmpty()) {
                changed.add("warnings");
            }
        } else {
            Object[] before = (Object[]) last.get(0);
            if (!sameNumber((BigDecimal) before[0], scorecard.composite())) {
                changed.add("composite");
            }
            if (!scorecard.grade().name().equals(before[1])) {
                changed.add("grade");
            }
            if (!sameDimensions((String) before[2], dimensions)) {
                changed.add("dimensions");
            }
            if (!partnership.status().equals(before[3])) {
                changed.add("status");
            }
            if (warnings == null) {
                warningsJson = (String) before[4];
            } else if (!json.read((String) before[4], WARNINGS).equals(warnings)) {
                changed.add("warnings");
            }
        }
        if (changed.isEmpty()) {
            return false;
        }
        em.createNativeQuery("INSERT INTO score_change (partnership_id, region_code, cause, cause_reference, changed,"
                        + " status, as_of, composite, grade, dimensions, warnings)"
                        + " VALUES (:id, :region, :cause, :reference, :changed, :status, :asOf, :composite, :grade,"
                        + " :dimensions, :warnings)")
                .unwrap(NativeQuery.class)
                .setParameter("id", partnership.id())
                .setParameter("region", partnership.regionCode())
                .setParameter("cause", cause.kind())
                .setParameter("reference", cause.reference(), String.class)
                .setParameter("changed", String.join(",", changed))
                .setParameter("status", partnership.status())
                .setParameter("asOf", scorecard.window().asOf())
                .setParameter("composite", scorecard.composite(), BigDecimal.class)
                .setParameter("grade", scorecard.grade().name())
                .setParameter("dimensions", dimensionsJson)
                .setParameter("warnings", warningsJson)
                .executeUpdate();
        return true;
    }

    @Override
    public void sequence() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("SELECT pg_advisory_xact_lock(:lock)")
                    .setParameter("lock", SEQUENCER_LOCK)
                    .getSingleResult();
            em.createNativeQuery("WITH base AS (SELECT GREATEST(COALESCE(MAX(position), 0),"
                            + " (SELECT purged_through FROM change_feed_horizon)) AS top FROM score_change),"
                            + " pending AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS n FROM score_change"
                            + " WHERE position IS NULL)"
                            + " UPDATE score_change c SET position = base.top + pending.n FROM pending, base"
                            + " WHERE c.id = pending.id")
                    .executeUpdate();
        });
    }

    @Override
    public List<ScoreChange> after(long position, int limit, PartnershipVisibility visibility) {
        StringBuilder sql = new StringBuilder("SELECT position, partnership_id, region_code, changed_at, cause,"
                + " cause_reference, changed, status, as_of, composite, grade, dimensions, warnings FROM score_change"
                + " WHERE position > :after");
        if (!visibility.everything()) {
            sql.append(
                    visibility.regionPrefix() != null
                            ? " AND region_code LIKE :region"
                            : " AND partnership_id IN (:partnerships)");
        }
        sql.append(" ORDER BY position LIMIT :limit");
        Query query = em.createNativeQuery(sql.toString())
                .setParameter("after", position)
                .setParameter("limit", limit);
        if (!visibility.everything()) {
            if (visibility.regionPrefix() != null) {
                query.setParameter("region", visibility.regionPrefix() + "%");
            } else if (visibility.partnershipIds().isEmpty()) {
                return List.of();
            } else {
                query.setParameter("partnerships", visibility.partnershipIds());
            }
        }
        List<ScoreChange> changes = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            changes.add(new ScoreChange(
                    ((Number) c[0]).longValue(),
                    (UUID) c[1],
                    (String) c[2],
                    SqlValues.time(c[3]),
                    new ChangeCause((String) c[4], (String) c[5]),
                    Arrays.asList(((String) c[6]).split(",")),
                    (String) c[7],
                    SqlValues.date(c[8]),
                    (BigDecimal) c[9],
                    (String) c[10],
                    json.read((String) c[11], DIMENSIONS),
                    json.read((String) c[12], WARNINGS)));
        }
        return changes;
    }

    @Override
    public long purgedThrough() {
        return ((Number) em.createNativeQuery("SELECT purged_through FROM change_feed_horizon")
                        .getSingleResult())
                .longValue();
    }

    @Override
    public int purge(OffsetDateTime oldest) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("SELECT pg_advisory_xact_lock(:lock)")
                    .setParameter("lock", SEQUENCER_LOCK)
                    .getSingleResult();
            Object through = em.createNativeQuery("SELECT MAX(position) FROM score_change"
                            + " WHERE position IS NOT NULL AND changed_at < :oldest")
                    .setParameter("oldest", oldest)
                    .getSingleResult();
            if (through == null) {
                return 0;
            }
            long last = ((Number) through).longValue();
            em.createNativeQuery("UPDATE change_feed_horizon SET purged_through = GREATEST(purged_through, :last)")
                    .setParameter("last", last)
                    .executeUpdate();
            return em.createNativeQuery("DELETE FROM score_change WHERE position <= :last")
                    .setParameter("last", last)
                    .executeUpdate();
        });
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private boolean sameDimensions(String stored, Map<String, BigDecimal> now) {
        Map<String, BigDecimal> before = json.read(stored, DIMENSIONS);
        if (!before.keySet().equals(now.keySet())) {
            return false;
        }
        return before.entrySet().stream().allMatch(e -> sameNumber(e.getValue(), now.get(e.getKey())));
    }
}
