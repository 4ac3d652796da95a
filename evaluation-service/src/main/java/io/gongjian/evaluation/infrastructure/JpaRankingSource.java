package io.gongjian.evaluation.infrastructure;

import com.fasterxml.jackson.core.type.TypeReference;
import io.gongjian.evaluation.application.RankingCandidate;
import io.gongjian.evaluation.application.RankingSource;
import io.gongjian.evaluation.domain.DayFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A region's partnerships and their window's figures in one statement: the database sums the counts of the days
 * that hold nothing else and hands over, as one JSON array per partnership, the few days that do (conversion dates,
 * evaluator inputs), which {@link DayFigures#sum} adds here.
 */
@ApplicationScoped
public class JpaRankingSource implements RankingSource {

    private static final int FIRST_SUM = 5;

    private static final String CANDIDATES = "SELECT p.id, p.code, p.title, p.region_code, p.targets, "
            + DayFigureCounts.sums("f", "f.counts_only")
            + ", '[' || string_agg(f.figures, ',') FILTER (WHERE NOT f.counts_only) || ']'"
            + " FROM evaluated_partnership p"
            + " LEFT JOIN day_figures f ON f.partnership_id = p.id AND f.day BETWEEN :from AND :to"
            + " WHERE p.status = 'ACTIVE' AND p.region_code LIKE :prefix GROUP BY p.id";

    private static final TypeReference<List<DayFigures>> DAYS = new TypeReference<>() {};

    @Inject
    EntityManager em;

    @Inject
    JsonColumns json;

    @Override
    @Transactional
    public List<RankingCandidate> candidates(String regionPrefix, LocalDate from, LocalDate to) {
        // A province's sums are grouped in memory, not spilled to disk in batches.
        em.createNativeQuery("SET LOCAL work_mem = '64MB'").executeUpdate();
        List<?> rows = em.createNativeQuery(CANDIDATES)
                .setParameter("prefix", regionPrefix + "%")
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        List<RankingCandidate> candidates = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            List<DayFigures> parts = new ArrayList<>();
            DayFigures counted = DayFigureCounts.summed(columns, FIRST_SUM);
            if (counted != null) {
                parts.add(counted);
            }
            String others = (String) columns[FIRST_SUM + DayFigureCounts.COLUMNS.size()];
            if (others != null) {
                parts.addAll(json.read(others, DAYS));
            }
            candidates.add(new RankingCandidate(
                    (UUID) columns[0],
                    (String) columns[1],
                    (String) columns[2],
                    (String) columns[3],
                    json.read((String) columns[4], JpaReadModel.TARGETS),
                    parts.isEmpty() ? DayFigures.NONE : DayFigures.sum(parts)));
        }
        return candidates;
    }
}
