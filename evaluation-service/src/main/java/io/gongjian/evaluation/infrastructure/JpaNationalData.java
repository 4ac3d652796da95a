package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.application.Batches;
import io.gongjian.evaluation.application.NationalData;
import io.gongjian.evaluation.domain.CooperationFigures;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The figures of the national data table summed by PostgreSQL, one row per partnership: which records each column
 * sums is written here once (docs/national-data-table.md explains it field by field).
 */
@ApplicationScoped
public class JpaNationalData implements NationalData {

    /** Bind-parameter lists stay well below PostgreSQL's limit. */
    private static final int BATCH = 1000;

    /**
     * Live records of the year only; a conversion counts with its live achievement only (as in the scores,
     * docs/evaluation-method.md 3.2).
     */
    private static final String FIGURES = "SELECT p.id, p.university_organization_id, p.enterprise_organization_id,"
            + " p.term_start,"
            + " COALESCE(SUM(r.headcount) FILTER (WHERE r.kind = 'EXCHANGE' AND r.exchange_type = 'ORDER_CLASS'), 0),"
            + " COUNT(r.id) FILTER (WHERE r.kind = 'ACHIEVEMENT' AND r.achievement_type = 'TEACHING_RESOURCE'"
            + " AND r.resource_kind = 'COURSE'),"
            + " COUNT(r.id) FILTER (WHERE r.kind = 'ACHIEVEMENT' AND r.achievement_type = 'TEACHING_RESOURCE'"
            + " AND r.resource_kind = 'TEXTBOOK'),"
            + " COALESCE(SUM(r.headcount) FILTER (WHERE r.kind = 'EXCHANGE'"
            + " AND r.exchange_type = 'ENTERPRISE_MENTOR'), 0),"
            + " COALESCE(SUM(r.headcount) FILTER (WHERE r.kind = 'EXCHANGE' AND r.exchange_type = 'INTERNSHIP'), 0),"
            + " COALESCE(SUM(r.headcount) FILTER (WHERE r.kind = 'EXCHANGE'"
            + " AND r.exchange_type = 'GRADUATE_EMPLOYMENT'), 0),"
            + " COALESCE(SUM(r.university_income) FILTER (WHERE r.kind = 'CONVERSION' AND a.revoked = false), 0)"
            + " FROM evaluated_partnership p"
            + " LEFT JOIN record_fact r ON r.partnership_id = p.id AND r.revoked = false"
            + " AND r.business_date BETWEEN :first AND :last"
            + " LEFT JOIN record_fact a ON a.id = r.achievement_id AND a.kind = 'ACHIEVEMENT'"
            + " WHERE p.status IN (:activated) AND p.term_start <= :last AND p.term_end >= :first AND ";

    @Inject
    EntityManager em;

    @Override
    public List<PartnershipYear> inRegion(String regionPrefix, Year year) {
        return figures("p.region_code LIKE :prefix GROUP BY p.id", year, "prefix", regionPrefix + "%");
    }

    @Override
    public List<PartnershipYear> of(Collection<UUID> partnershipIds, Year year) {
        List<PartnershipYear> found = new ArrayList<>();
        for (List<UUID> batch : Batches.of(partnershipIds, BATCH)) {
            found.addAll(figures("p.id IN (:ids) GROUP BY p.id", year, "ids", batch));
        }
        return found;
    }

    @Override
    public Map<UUID, Registration> organizations(Collection<UUID> ids) {
        Map<UUID, Registration> found = new HashMap<>();
        for (List<UUID> batch : Batches.of(ids, BATCH)) {
            EvaluatedOrganizationEntity.<EvaluatedOrganizationEntity>list("id in ?1", batch)
                    .forEach(o -> found.put(o.id, new Registration(o.institution, o.creditCode, o.schoolCode)));
        }
        return found;
    }

    private List<PartnershipYear> figures(String condition, Year year, String name, Object value) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(FIGURES + condition)
                .setParameter("first", year.atDay(1))
                .setParameter("last", year.atMonth(12).atEndOfMonth())
                .setParameter("activated", List.copyOf(EvaluatedPartnership.ACTIVATED))
                .setParameter(name, value)
                .getResultList();
        return rows.stream()
                .map(row -> new PartnershipYear(
                        (UUID) row[0],
                        (UUID) row[1],
                        (UUID) row[2],
                        SqlValues.date(row[3]),
                        new CooperationFigures(
                                count(row[4]),
                                count(row[5]),
                                count(row[6]),
                                count(row[7]),
                                count(row[8]),
                                count(row[9]),
                                (BigDecimal) row[10])))
                .toList();
    }

    private static int count(Object value) {
        return ((Number) value).intValue();
    }
}
