package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.application.RebuildArea;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The model being built lives in a schema of its own, {@value #SCHEMA}, with tables like the live ones (same
 * columns, constraints and index names). A transaction that enters it puts that schema first on its search path, so
 * the same queries and entities read and write it; the switch moves its tables into the live schema in place of the
 * old ones, which PostgreSQL does in one transaction.
 */
@ApplicationScoped
public class PostgresRebuildArea implements RebuildArea {

    static final String SCHEMA = "evaluation_rebuild";

    /** Every table built from events; the rest of the database is shared by the live and the built model. */
    private static final List<String> TABLES = List.of(
            "evaluated_partnership",
            "evaluated_organization",
            "record_fact",
            "joint_facility",
            "inbox",
            "day_figures",
            "day_record",
            "figures_folded",
            "current_score");

    @Inject
    EntityManager em;

    @Override
    public String schemaVersion() {
        return (String)
                em.createNativeQuery("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT"
                                + " NULL ORDER BY installed_rank DESC LIMIT 1")
                        .getSingleResult();
    }

    @Override
    public void prepare() {
        String live = liveSchema();
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        execute("CREATE SCHEMA " + SCHEMA);
        for (String table : TABLES) {
            execute("CREATE TABLE " + SCHEMA + "." + table + " (LIKE " + live + "." + table
                    + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE)");
            // Keys and indexes under the live ones' names: they keep them after the switch, for later migrations.
            List<?> keys = em.createNativeQuery("SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
                            + " WHERE conrelid = CAST(:table AS regclass) AND contype IN ('p', 'u')")
                    .setParameter("table", live + "." + table)
                    .getResultList();
            keys.forEach(key -> execute("ALTER TABLE " + SCHEMA + "." + table + " ADD CONSTRAINT " + key));
            List<?> indexes = em.createNativeQuery("SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i"
                            + " WHERE i.indrelid = CAST(:table AS regclass)"
                            + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)")
                    .setParameter("table", live + "." + table)
                    .getResultList();
            indexes.forEach(index -> execute(
                    ((String) index).replace(" ON " + live + "." + table + " ", " ON " + SCHEMA + "." + table + " ")));
        }
    }

    @Override
    public void enter() {
        em.createNativeQuery(
                        "SELECT set_config('search_path', '" + SCHEMA + ", ' || current_setting('search_path'), true)")
                .getSingleResult();
    }

    @Override
    public List<UUID> scoresDifferingFromLive() {
        List<?> ids = em.createNativeQuery("SELECT n.partnership_id FROM " + SCHEMA + ".current_score n"
                        + " LEFT JOIN " + liveSchema() + ".current_score o ON o.partnership_id = n.partnership_id"
                        + " WHERE o.partnership_id IS NULL OR n.report <> o.report OR n.status <> o.status"
                        + " OR n.code <> o.code OR n.title <> o.title OR n.region_code <> o.region_code")
                .getResultList();
        return ids.stream().map(UUID.class::cast).toList();
    }

    @Override
    public Set<UUID> changedBesideSince(OffsetDateTime since) {
        // Unqualified: the inputs and schemes are the live schema's, the partnerships the built model's.
        List<?> ids = em.createNativeQuery("SELECT partnership_id FROM evaluator_input WHERE updated_at >= :since"
                        + " UNION SELECT p.id FROM evaluated_partnership p JOIN weight_scheme w"
                        + " ON p.region_code LIKE w.region_prefix || '%' WHERE w.created_at >= :since")
                .setParameter("since", since)
                .getResultList();
        Set<UUID> changed = new HashSet<>();
        ids.forEach(id -> changed.add((UUID) id));
        return changed;
    }

    @Override
    public void switchOver() {
        em.flush();
        String live = liveSchema();
        for (String table : TABLES) {
            // The planner needs statistics of the new tables from their first query on.
            execute("ANALYZE " + SCHEMA + "." + table);
            execute("DROP TABLE " + live + "." + table);
            execute("ALTER TABLE " + SCHEMA + "." + table + " SET SCHEMA " + live);
        }
        execute("DROP SCHEMA " + SCHEMA);
    }

    @Override
    public void discard() {
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    /** The schema of the live model: the first one on the search path that is not the rebuild's. */
    private String liveSchema() {
        return (String) em.createNativeQuery(
                        "SELECT CAST(s AS VARCHAR) FROM unnest(current_schemas(false)) WITH ORDINALITY AS path (s, n)"
                                + " WHERE s <> :rebuild ORDER BY n LIMIT 1")
                .setParameter("rebuild", SCHEMA)
                .getSingleResult();
    }

    private void execute(String statement) {
        em.createNativeQuery(statement).executeUpdate();
    }
}
