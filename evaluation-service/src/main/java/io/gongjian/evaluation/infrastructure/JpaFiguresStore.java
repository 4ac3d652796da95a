package io.gongjian.evaluation.infrastructure;

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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * The day figures in table {@code day_figures} (the figures as JSON, their counts as columns too) and the records
 * behind them in {@code day_record}, a row each.
 */
@ApplicationScoped
public class JpaFiguresStore implements FiguresStore {

    private static final String COUNT_COLUMNS = String.join(", ", DayFigureCounts.COLUMNS);

    private static final String INSERT_DAY = "INSERT INTO day_figures (partnership_id, day, figures, record_count,"
            + " has_inputs, counts_only, " + COUNT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, "
            + DayFigureCounts.placeholders() + ")";

    /** A day moved in place: its records listed so far, plus those listed by the move (minus those unlisted). */
    private static final String UPSERT_DAY = INSERT_DAY + " ON CONFLICT (partnership_id, day) DO UPDATE SET"
            + " figures = EXCLUDED.figures, record_count = day_figures.record_count + EXCLUDED.record_count,"
            + " has_inputs = EXCLUDED.has_inputs, counts_only = EXCLUDED.counts_only, "
            + DayFigureCounts.COLUMNS.stream()
                    .map(column -> column + " = EXCLUDED." + column)
                    .collect(Collectors.joining(", "));

    private static final String INSERT_RECORD = "INSERT INTO day_record (partnership_id, day, indicator, position,"
            + " record_id, counts_from) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    private static final String DELETE_RECORD =
            "DELETE FROM day_record WHERE partnership_id = ? AND day = ? AND indicator = ? AND record_id = ?";

    /** Bind-parameter lists stay well below PostgreSQL's limit. */
    private static final int BATCH = 1000;

    @Inject
    EntityManager em;

    @Inject
    JsonColumns json;

    @Override
    public void replace(UUID partnershipId, Set<LocalDate> days, NavigableMap<LocalDate, DayFigures> folded) {
        if (days == null) {
            for (String table : List.of("day_figures", "day_record")) {
                em.createNativeQuery("DELETE FROM " + table + " WHERE partnership_id = :id")
                        .setParameter("id", partnershipId)
                        .executeUpdate();
            }
            em.createNativeQuery("INSERT INTO figures_folded (partnership_id) VALUES (:id) ON CONFLICT DO NOTHING")
                    .setParameter("id", partnershipId)
                    .executeUpdate();
        } else if (!days.isEmpty()) {
            for (String table : List.of("day_figures", "day_record")) {
                em.createNativeQuery("DELETE FROM " + table + " WHERE partnership_id = :id AND day IN (:days)")
                        .setParameter("id", partnershipId)
                        .setParameter("days", days)
                        .executeUpdate();
            }
        }
        List<Map.Entry<LocalDate, DayFigures>> inserted = folded.entrySet().stream()
                .filter(day -> (days == null || days.contains(day.getKey()))
                        && !day.getValue().countsNothing())
                .toList();
        if (inserted.isEmpty()) {
            return;
        }
        // One JDBC batch per table, one round trip each: a partnership folded whole has a row for every day.
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insertDay = connection.prepareStatement(INSERT_DAY);
                    PreparedStatement insertRecord = connection.prepareStatement(INSERT_RECORD)) {
                for (Map.Entry<LocalDate, DayFigures> day : inserted) {
                    Map<Indicator, List<DayFigures.RecordRef>> records =
                            day.getValue().records();
                    bindDay(insertDay, partnershipId, day.getKey(), day.getValue(), listed(records));
                    insertDay.addBatch();
                    for (Map.Entry<Indicator, List<DayFigures.RecordRef>> listed : records.entrySet()) {
                        boolean inStoredOrder = DayFigures.LISTED_IN_STORED_ORDER.contains(listed.getKey());
                        for (int position = 0; position < listed.getValue().size(); position++) {
                            bindRecord(
                                    insertRecord,
                                    partnershipId,
                                    day.getKey(),
                                    listed.getKey(),
                                    inStoredOrder ? 0 : position,
                                    listed.getValue().get(position));
                            insertRecord.addBatch();
                        }
                    }
                }
                insertDay.executeBatch();
                insertRecord.executeBatch();
            }
        });
    }

    @Override
    public void move(UUID partnershipId, NavigableMap<LocalDate, DayFigures> days, List<Listing> listings) {
        // What the listings come to: a record moved out of a day and back in stays where it was, in stored order.
        Map<Listing, Integer> net = new LinkedHashMap<>();
        Map<LocalDate, Integer> listedMore = new HashMap<>();
        for (Listing listing : listings) {
            net.merge(
                    new Listing(listing.day(), listing.indicator(), listing.record(), 0), listing.sign(), Integer::sum);
            listedMore.merge(listing.day(), listing.sign(), Integer::sum);
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insertRecord = connection.prepareStatement(INSERT_RECORD);
                    PreparedStatement deleteRecord = connection.prepareStatement(DELETE_RECORD);
                    PreparedStatement upsertDay = connection.prepareStatement(UPSERT_DAY);
                    PreparedStatement deleteDay = connection.prepareStatement(
                            "DELETE FROM day_figures WHERE partnership_id = ? AND day = ?")) {
                for (Map.Entry<Listing, Integer> moved : net.entrySet()) {
                    Listing listing = moved.getKey();
                    if (moved.getValue() > 0) {
                        bindRecord(
                                insertRecord, partnershipId, listing.day(), listing.indicator(), 0, listing.record());
                        insertRecord.addBatch();
                    } else if (moved.getValue() < 0) {
                        deleteRecord.setObject(1, partnershipId);
                        deleteRecord.setObject(2, listing.day());
                        deleteRecord.setString(3, listing.indicator().name());
                        deleteRecord.setObject(4, listing.record().id());
                        deleteRecord.addBatch();
                    }
                }
                for (Map.Entry<LocalDate, DayFigures> day : days.entrySet()) {
                    if (day.getValue().countsNothing()) {
                        deleteDay.setObject(1, partnershipId);
                        deleteDay.setObject(2, day.getKey());
                        deleteDay.addBatch();
                    } else {
                        bindDay(
                                upsertDay,
                                partnershipId,
                                day.getKey(),
                                day.getValue(),
                                listedMore.getOrDefault(day.getKey(), 0));
                        upsertDay.addBatch();
                    }
                }
                deleteRecord.executeBatch();
                insertRecord.executeBatch();
                upsertDay.executeBatch();
                deleteDay.executeBatch();
            }
        });
    }

    private static int listed(Map<Indicator, List<DayFigures.RecordRef>> records) {
        return records.values().stream().mapToInt(List::size).sum();
    }

    private void bindDay(PreparedStatement insert, UUID partnershipId, LocalDate day, DayFigures figures, int records)
            throws SQLException {
        int column = 1;
        insert.setObject(column++, partnershipId);
        insert.setObject(column++, day);
        insert.setString(column++, json.write(figures.withoutRecords()));
        insert.setInt(column++, records);
        insert.setBoolean(column++, figures.holdsInputs());
        insert.setBoolean(column++, figures.countsOnly());
        for (Object count : DayFigureCounts.of(figures)) {
            insert.setObject(column++, count);
        }
    }

    private static void bindRecord(
            PreparedStatement insert,
            UUID partnershipId,
            LocalDate day,
            Indicator indicator,
            int position,
            DayFigures.RecordRef record)
            throws SQLException {
        insert.setObject(1, partnershipId);
        insert.setObject(2, day);
        insert.setString(3, indicator.name());
        insert.setInt(4, position);
        insert.setObject(5, record.id());
        insert.setObject(6, record.countsFrom());
    }

    @Override
    public boolean folded(UUID partnershipId) {
        return !em.createNativeQuery("SELECT 1 FROM figures_folded WHERE partnership_id = :id")
                .setParameter("id", partnershipId)
                .getResultList()
                .isEmpty();
    }

    @Override
    public NavigableMap<LocalDate, DayFigures> of(UUID partnershipId, Collection<LocalDate> days) {
        NavigableMap<LocalDate, DayFigures> figures = new TreeMap<>();
        if (days.isEmpty()) {
            return figures;
        }
        List<?> rows = em.createNativeQuery(
                        "SELECT day, figures FROM day_figures WHERE partnership_id = :id AND day IN (:days)")
                .setParameter("id", partnershipId)
                .setParameter("days", days)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            figures.put(SqlValues.date(columns[0]), json.read((String) columns[1], DayFigures.class));
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
            // The records only of partnerships whose window lists few: a large one's would be megabytes.
            List<?> rows = em.createNativeQuery("SELECT partnership_id, day, figures,"
                            + " SUM(record_count) OVER (PARTITION BY partnership_id) <= :limit"
                            + " FROM day_figures WHERE partnership_id IN (:ids) AND day BETWEEN :from AND :to")
                    .setParameter("ids", batch)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .setParameter("limit", listRecordsUpTo)
                    .getResultList();
            Set<UUID> listing = new HashSet<>();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                figures.computeIfAbsent((UUID) columns[0], id -> new TreeMap<>())
                        .put(SqlValues.date(columns[1]), json.read((String) columns[2], DayFigures.class));
                if ((Boolean) columns[3]) {
                    listing.add((UUID) columns[0]);
                }
            }
            if (!listing.isEmpty()) {
                Map<UUID, Map<LocalDate, Map<Indicator, List<DayFigures.RecordRef>>>> records =
                        records(listing, from, to);
                for (UUID partnership : listing) {
                    var listed = records.getOrDefault(partnership, Map.of());
                    figures.get(partnership)
                            .replaceAll((day, counted) -> counted.withRecords(listed.getOrDefault(day, Map.of())));
                }
            }
        }
        return figures;
    }

    /** The records behind the partnerships' days in [from, to], by partnership, day and indicator, in list order. */
    private Map<UUID, Map<LocalDate, Map<Indicator, List<DayFigures.RecordRef>>>> records(
            Collection<UUID> partnershipIds, LocalDate from, LocalDate to) {
        List<?> rows = em.createNativeQuery("SELECT partnership_id, day, indicator, record_id, counts_from"
                        + " FROM day_record WHERE partnership_id IN (:ids) AND day BETWEEN :from AND :to"
                        + " ORDER BY partnership_id, day, indicator, position, record_id")
                .setParameter("ids", partnershipIds)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        Map<UUID, Map<LocalDate, Map<Indicator, List<DayFigures.RecordRef>>>> records = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            records.computeIfAbsent((UUID) columns[0], id -> new HashMap<>())
                    .computeIfAbsent(SqlValues.date(columns[1]), day -> new EnumMap<>(Indicator.class))
                    .computeIfAbsent(Indicator.valueOf((String) columns[2]), indicator -> new ArrayList<>())
                    .add(new DayFigures.RecordRef((UUID) columns[3], SqlValues.date(columns[4])));
        }
        return records;
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
