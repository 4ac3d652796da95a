package io.gongjian.evaluation.infrastructure;

import com.fasterxml.jackson.core.type.TypeReference;
import io.gongjian.evaluation.application.Batches;
import io.gongjian.evaluation.application.FiguresStore;
import io.gongjian.evaluation.domain.DayFigures;
import io.gongjian.evaluation.domain.Indicator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.Session;

/** The day figures in table {@code day_figures}: the figures and the records behind them as two JSON columns. */
@ApplicationScoped
public class JpaFiguresStore implements FiguresStore {

    private static final TypeReference<Map<Indicator, List<DayFigures.RecordRef>>> RECORDS = new TypeReference<>() {};

    private static final String INSERT_DAY = "INSERT INTO day_figures (partnership_id, day, figures, records,"
            + " record_count, has_inputs, counts_only, " + String.join(", ", DayFigureCounts.COLUMNS) + ") VALUES"
            + " (?, ?, ?, ?, ?, ?, ?, " + DayFigureCounts.placeholders() + ")";

    /** Bind-parameter lists stay well below PostgreSQL's limit. */
    private static final int BATCH = 1000;

    @Inject
    EntityManager em;

    @Inject
    JsonColumns json;

    @Override
    public void replace(UUID partnershipId, Set<LocalDate> days, NavigableMap<LocalDate, DayFigures> folded) {
        if (days == null) {
            em.createNativeQuery("DELETE FROM day_figures WHERE partnership_id = :id")
                    .setParameter("id", partnershipId)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO figures_folded (partnership_id) VALUES (:id) ON CONFLICT DO NOTHING")
                    .setParameter("id", partnershipId)
                    .executeUpdate();
        } else if (!days.isEmpty()) {
            em.createNativeQuery("DELETE FROM day_figures WHERE partnership_id = :id AND day IN (:days)")
                    .setParameter("id", partnershipId)
                    .setParameter("days", days)
                    .executeUpdate();
        }
        List<Map.Entry<LocalDate, DayFigures>> inserted = folded.entrySet().stream()
                .filter(day -> (days == null || days.contains(day.getKey()))
                        && !day.getValue().countsNothing())
                .toList();
        if (!inserted.isEmpty()) {
            // One JDBC batch, one round trip: a partnership folded whole has a row for every day of its records.
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(INSERT_DAY)) {
                    for (Map.Entry<LocalDate, DayFigures> day : inserted) {
                        bind(insert, partnershipId, day.getKey(), day.getValue());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            });
        }
    }

    private void bind(PreparedStatement insert, UUID partnershipId, LocalDate day, DayFigures figures)
            throws SQLException {
        int column = 1;
        insert.setObject(column++, partnershipId);
        insert.setObject(column++, day);
        insert.setString(column++, json.write(figures.withoutRecords()));
        insert.setString(column++, json.write(figures.records()));
        insert.setInt(
                column++,
                figures.records().values().stream().mapToInt(List::size).sum());
        insert.setBoolean(column++, figures.holdsInputs());
        insert.setBoolean(column++, figures.countsOnly());
        for (Object count : DayFigureCounts.of(figures)) {
            insert.setObject(column++, count);
        }
    }

    @Override
    public boolean folded(UUID partnershipId) {
        return !em.createNativeQuery("SELECT 1 FROM figures_folded WHERE partnership_id = :id")
                .setParameter("id", partnershipId)
                .getResultList()
                .isEmpty();
    }

    @Override
    public NavigableMap<LocalDate, DayFigures> withRecords(UUID partnershipId, Collection<LocalDate> days) {
        NavigableMap<LocalDate, DayFigures> figures = new TreeMap<>();
        if (days.isEmpty()) {
            return figures;
        }
        List<?> rows = em.createNativeQuery("SELECT day, figures, records FROM day_figures"
                        + " WHERE partnership_id = :id AND day IN (:days)")
                .setParameter("id", partnershipId)
                .setParameter("days", days)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            figures.put(
                    SqlValues.date(columns[0]),
                    json.read((String) columns[1], DayFigures.class)
                            .withRecords(json.read((String) columns[2], RECORDS)));
        }
        return figures;
    }

    @Override
    public List<LocalDate> days(UUID partnershipId) {
        return dates("SELECT day FROM day_figures WHERE partnership_id = :id", partnershipId);
    }

    @Override
    public List<LocalDate> inputDays(UUID partnershipId) {
        return dates("SELECT day FROM day_figures WHERE partnership_id = :id AND has_inputs", partnershipId);
    }

    private List<LocalDate> dates(String sql, UUID partnershipId) {
        List<?> rows =
                em.createNativeQuery(sql).setParameter("id", partnershipId).getResultList();
        return rows.stream().map(SqlValues::date).toList();
    }

    @Override
    public Map<UUID, NavigableMap<LocalDate, DayFigures>> load(
            Collection<UUID> partnershipIds, LocalDate from, LocalDate to, int listRecordsUpTo) {
        Map<UUID, NavigableMap<LocalDate, DayFigures>> figures = new HashMap<>();
        for (List<UUID> batch : Batches.of(partnershipIds, BATCH)) {
            // The records column only for partnerships whose window lists few: a large one's would be megabytes.
            List<?> rows = em.createNativeQuery("SELECT partnership_id, day, figures, CASE WHEN"
                            + " SUM(record_count) OVER (PARTITION BY partnership_id) <= :limit THEN records END"
                            + " FROM day_figures WHERE partnership_id IN (:ids) AND day BETWEEN :from AND :to")
                    .setParameter("ids", batch)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .setParameter("limit", listRecordsUpTo)
                    .getResultList();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                DayFigures day = json.read((String) columns[2], DayFigures.class);
                figures.computeIfAbsent((UUID) columns[0], id -> new TreeMap<>())
                        .put(
                                SqlValues.date(columns[1]),
                                columns[3] == null ? day : day.withRecords(json.read((String) columns[3], RECORDS)));
            }
        }
        return figures;
    }

    @Override
    public List<UUID> unfolded() {
        List<?> rows = em.createNativeQuery("SELECT p.id FROM evaluated_partnership p"
                        + " WHERE NOT EXISTS (SELECT 1 FROM figures_folded f WHERE f.partnership_id = p.id)")
                .getResultList();
        List<UUID> ids = new ArrayList<>();
        rows.forEach(id -> ids.add((UUID) id));
        return ids;
    }
}
