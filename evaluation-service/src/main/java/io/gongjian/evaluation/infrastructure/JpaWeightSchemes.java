package io.gongjian.evaluation.infrastructure;

import com.fasterxml.jackson.core.type.TypeReference;
import io.gongjian.evaluation.application.SavedScheme;
import io.gongjian.evaluation.application.WeightSchemes;
import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.evaluation.domain.Indicator;
import io.gongjian.evaluation.domain.weights.PairwiseComparison;
import io.gongjian.evaluation.domain.weights.WeightScheme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.query.NativeQuery;

/** The {@code weight_scheme} table (V9). Weights and targets as JSON objects of decimal strings: exact both ways. */
@ApplicationScoped
public class JpaWeightSchemes implements WeightSchemes {

    private static final String COLUMNS = "region_prefix, version, effective_from, dimension_weights,"
            + " indicator_weights, targets, pairwise_comparisons, created_by, created_at";

    private static final TypeReference<Map<String, String>> DECIMALS = new TypeReference<>() {};
    private static final TypeReference<List<List<Double>>> MATRIX = new TypeReference<>() {};

    /** First key of the advisory lock that serialises the versions of one prefix (see {@link PostgresLocks}). */
    private static final int SCHEME_VERSIONS = 0x6a75;

    @Inject
    EntityManager em;

    @Inject
    JsonColumns json;

    @Override
    public int lockNextVersion(String regionPrefix) {
        em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(:space, hashtext(:prefix)) AS VARCHAR)")
                .setParameter("space", SCHEME_VERSIONS)
                .setParameter("prefix", regionPrefix)
                .getSingleResult();
        return ((Number) em.createNativeQuery(
                                "SELECT COALESCE(MAX(version), 0) + 1 FROM weight_scheme WHERE region_prefix = :prefix")
                        .setParameter("prefix", regionPrefix)
                        .getSingleResult())
                .intValue();
    }

    @Override
    public void add(SavedScheme saved) {
        WeightScheme scheme = saved.scheme();
        PairwiseComparison comparisons = scheme.comparisons();
        em.createNativeQuery("INSERT INTO weight_scheme (region_prefix, version, effective_from, dimension_weights,"
                        + " indicator_weights, targets, pairwise_comparisons, consistency_ratio, created_by,"
                        + " created_at) VALUES (:prefix, :version, :from, :dimensions, :indicators, :targets,"
                        + " :comparisons, :ratio, :by, :at)")
                .unwrap(NativeQuery.class)
                .setParameter("prefix", scheme.regionPrefix())
                .setParameter("version", scheme.version())
                .setParameter("from", scheme.effectiveFrom())
                .setParameter("dimensions", json.write(decimals(scheme.dimensionWeights(), Dimension::name)))
                .setParameter("indicators", json.write(decimals(scheme.indicatorWeights(), Indicator::name)))
                .setParameter("targets", json.write(decimals(scheme.targets(), Indicator::name)))
                .setParameter(
                        "comparisons", comparisons == null ? null : json.write(comparisons.matrix()), String.class)
                .setParameter(
                        "ratio",
                        comparisons == null ? null : BigDecimal.valueOf(comparisons.consistencyRatio()),
                        BigDecimal.class)
                .setParameter("by", saved.createdBy())
                .setParameter("at", saved.createdAt())
                .executeUpdate();
    }

    @Override
    public Optional<SavedScheme> find(String regionPrefix, int version) {
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS
                        + " FROM weight_scheme WHERE region_prefix = :prefix AND version = :version")
                .setParameter("prefix", regionPrefix)
                .setParameter("version", version)
                .getResultList();
        return rows.stream().findFirst().map(row -> saved((Object[]) row));
    }

    @Override
    public List<SavedScheme> list(String regionPrefix, String reach, int offset, int limit) {
        Query query = em.createNativeQuery("SELECT " + COLUMNS + " FROM weight_scheme" + where(regionPrefix, reach)
                        + " ORDER BY region_prefix, version OFFSET :offset LIMIT :limit")
                .setParameter("offset", offset)
                .setParameter("limit", limit);
        return rows(filtered(query, regionPrefix, reach));
    }

    @Override
    public long count(String regionPrefix, String reach) {
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM weight_scheme" + where(regionPrefix, reach));
        return ((Number) filtered(query, regionPrefix, reach).getSingleResult()).longValue();
    }

    @Override
    public List<SavedScheme> all() {
        return rows(em.createNativeQuery("SELECT " + COLUMNS + " FROM weight_scheme"));
    }

    private static String where(String regionPrefix, String reach) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (regionPrefix != null) {
            where.append(" AND region_prefix = :prefix");
        }
        if (reach != null) {
            where.append(" AND (region_prefix LIKE :reach || '%' OR :reach LIKE region_prefix || '%')");
        }
        return where.toString();
    }

    private static Query filtered(Query query, String regionPrefix, String reach) {
        if (regionPrefix != null) {
            query.setParameter("prefix", regionPrefix);
        }
        if (reach != null) {
            query.setParameter("reach", reach);
        }
        return query;
    }

    private List<SavedScheme> rows(Query query) {
        return ((List<?>) query.getResultList())
                .stream().map(row -> saved((Object[]) row)).toList();
    }

    private SavedScheme saved(Object[] row) {
        String prefix = (String) row[0];
        int version = ((Number) row[1]).intValue();
        LocalDate from = SqlValues.date(row[2]);
        Map<Indicator, BigDecimal> indicators = keyed(json.read((String) row[4], DECIMALS), Indicator::valueOf);
        Map<Indicator, BigDecimal> targets = keyed(json.read((String) row[5], DECIMALS), Indicator::valueOf);
        // Saved schemes passed these checks when saved; the comparisons give the same weights again.
        WeightScheme scheme = row[6] == null
                ? WeightScheme.of(
                        prefix,
                        version,
                        from,
                        keyed(json.read((String) row[3], DECIMALS), Dimension::valueOf),
                        indicators,
                        targets)
                : WeightScheme.fromComparisons(
                        prefix,
                        version,
                        from,
                        PairwiseComparison.of(json.read((String) row[6], MATRIX)),
                        indicators,
                        targets);
        return new SavedScheme(scheme, (String) row[7], SqlValues.time(row[8]));
    }

    private static <K extends Enum<K>> Map<String, String> decimals(
            Map<K, BigDecimal> values, Function<K, String> key) {
        Map<String, String> written = new LinkedHashMap<>();
        values.forEach((k, value) -> written.put(key.apply(k), value.toPlainString()));
        return written;
    }

    private static <K extends Enum<K>> Map<K, BigDecimal> keyed(Map<String, String> read, Function<String, K> key) {
        Map<K, BigDecimal> values = new LinkedHashMap<>();
        read.forEach((k, value) -> values.put(key.apply(k), new BigDecimal(value)));
        return values;
    }
}
