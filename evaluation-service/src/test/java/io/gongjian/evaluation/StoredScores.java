package io.gongjian.evaluation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The current scores as stored, straight from the database: to compare the read model before and after a rebuild. */
public final class StoredScores {

    private StoredScores() {}

    /** Every partnership's stored score document, by partnership. */
    @SuppressWarnings("unchecked")
    public static Map<UUID, String> reports(EntityManager em) {
        List<Object[]> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("SELECT partnership_id, report FROM current_score")
                        .getResultList());
        Map<UUID, String> reports = new TreeMap<>();
        for (Object[] row : rows) {
            reports.put((UUID) row[0], (String) row[1]);
        }
        return reports;
    }
}
