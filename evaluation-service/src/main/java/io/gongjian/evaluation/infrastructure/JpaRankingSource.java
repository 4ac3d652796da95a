package io.gongjian.evaluation.infrastructure;

import com.fasterxml.jackson.core.type.TypeReference;
import io.gongjian.evaluation.application.RankingCandidate;
import io.gongjian.evaluation.application.RankingSource;
import io.gongjian.evaluation.domain.DayFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * A region's partnerships and their window's figures in one statement: the database sums the counts of the days
 * that hold nothing else and hands over, as one JSON array per partnership, the few days that do (conversion dates,
 * evaluator inputs), which {@link DayFigures#sum} adds here.
 */
@ApplicationScoped
public class JpaRankingSource implements RankingSource {

    /** The JDBC index of the first sum, after id, code, title, region code and targets. */
    private static final int FIRST_SUM = 6;

    /**
     * The sums and the JSON days come from two groupings: in one, every day's JSON would travel through the join and
     * the aggregation to be dropped for most of them (it doubled the statement's time).
     */
    private static final String CANDIDATES = "SELECT p.id, p.code, p.title, p.region_code, p.targets, "
            + DayFigureCounts.COLUMNS.stream().map(column -> "s." + column).collect(Collectors.joining(", "))
            + ", j.days FROM evaluated_partnership p"
            + " LEFT JOIN (SELECT f.partnership_id, " + DayFigureCounts.sums("f")
            + " FROM day_figures f WHERE f.day BETWEEN ? AND ? AND f.counts_only GROUP BY f.partnership_id) s"
            + " ON s.partnership_id = p.id"
            + " LEFT JOIN (SELECT f.partnership_id, '[' || string_agg(f.figures, ',') || ']' AS days"
            + " FROM day_figures f WHERE f.day BETWEEN ? AND ? AND NOT f.counts_only GROUP BY f.partnership_id) j"
            + " ON j.partnership_id = p.id"
            + " WHERE p.status = 'ACTIVE' AND p.region_code LIKE ?";

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
        // Read straight from JDBC: ten thousand rows through Hibernate's row machinery cost more than the statement.
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(CANDIDATES)) {
                statement.setObject(1, from);
                statement.setObject(2, to);
                statement.setObject(3, from);
                statement.setObject(4, to);
                statement.setString(5, regionPrefix + "%");
                List<Row> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        Object[] sums = new Object[DayFigureCounts.COLUMNS.size()];
                        for (int i = 0; i < sums.length; i++) {
                            sums[i] = result.getObject(FIRST_SUM + i);
                        }
                        rows.add(new Row(
                                result.getObject(1, UUID.class),
                                result.getString(2),
                                result.getString(3),
                                result.getString(4),
                                result.getString(5),
                                sums,
                                result.getString(FIRST_SUM + sums.length)));
                    }
                }
                // Reading the JSON is most of the work here, and each row's is its own: on every core.
                return rows.parallelStream().map(this::candidate).toList();
            }
        });
    }

    /** A row as read, its JSON not yet. */
    private record Row(
            UUID id, String code, String title, String regionCode, String targets, Object[] sums, String others) {}

    private RankingCandidate candidate(Row row) {
        return new RankingCandidate(
                row.id,
                row.code,
                row.title,
                row.regionCode,
                JpaReadModel.targets(json, row.targets),
                figures(DayFigureCounts.summed(row.sums, 0), row.others));
    }

    /** The days summed by the database and those read from their JSON, together. */
    private DayFigures figures(DayFigures counted, String others) {
        if (others == null) { // most partnerships: their sums alone
            return counted == null ? DayFigures.NONE : counted;
        }
        List<DayFigures> parts = new ArrayList<>();
        if (counted != null) {
            parts.add(counted);
        }
        parts.addAll(json.read(others, DAYS));
        return DayFigures.sum(parts);
    }
}
