package io.gongjian.evaluation.infrastructure;

import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.evaluation.application.CurrentScores;
import io.gongjian.evaluation.application.RankingEntry;
import io.gongjian.evaluation.application.ScoreReport;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.Grade;
import io.gongjian.evaluation.domain.Numbers;
import io.gongjian.evaluation.domain.Scorecard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaCurrentScores implements CurrentScores {

    @Inject
    EntityManager em;

    @Inject
    JsonColumns json;

    @Override
    public void save(EvaluatedPartnership partnership, Scorecard scorecard, ScoreReport report) {
        CurrentScoreEntity stored = em.find(CurrentScoreEntity.class, partnership.id());
        CurrentScoreEntity entity = stored == null ? new CurrentScoreEntity() : stored;
        entity.partnershipId = partnership.id();
        entity.code = partnership.code();
        entity.title = partnership.title();
        entity.status = partnership.status();
        entity.regionCode = partnership.regionCode();
        entity.asOf = scorecard.window().asOf();
        entity.windowDays = scorecard.window().days();
        entity.composite = scorecard.composite();
        entity.grade = scorecard.grade().name();
        entity.coverage = scorecard.coverage();
        entity.report = json.write(report);
        entity.computedAt = OffsetDateTime.now();
        if (stored == null) {
            em.persist(entity);
        }
    }

    @Override
    public Optional<String> document(UUID partnershipId, LocalDate asOf) {
        return em.createQuery(
                        "SELECT s.report FROM CurrentScoreEntity s WHERE s.partnershipId = :id AND s.asOf = :asOf",
                        String.class)
                .setParameter("id", partnershipId)
                .setParameter("asOf", asOf)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Page<RankingEntry> rank(String regionPrefix, PageRequest page) {
        String where = " FROM CurrentScoreEntity s WHERE s.status = 'ACTIVE' AND s.regionCode LIKE :prefix";
        long total = em.createQuery("SELECT count(s)" + where, Long.class)
                .setParameter("prefix", regionPrefix + "%")
                .getSingleResult();
        List<Object[]> rows = em.createQuery(
                        "SELECT s.partnershipId, s.code, s.title, s.regionCode, s.composite, s.grade, s.coverage"
                                + where + " ORDER BY s.composite DESC NULLS LAST, s.code ASC",
                        Object[].class)
                .setParameter("prefix", regionPrefix + "%")
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        List<RankingEntry> items = new ArrayList<>();
        int position = page.offset();
        for (Object[] row : rows) {
            position++;
            BigDecimal composite = (BigDecimal) row[4];
            items.add(new RankingEntry(
                    composite == null ? null : position,
                    (UUID) row[0],
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    Numbers.shown(composite),
                    Grade.valueOf((String) row[5]),
                    Numbers.shown((BigDecimal) row[6])));
        }
        return Page.of(items, page, total);
    }

    @Override
    public List<UUID> computedOnOtherDay(LocalDate today) {
        return otherDay(today).getResultList();
    }

    @Override
    public boolean anyComputedOnOtherDay(LocalDate today) {
        return !otherDay(today).setMaxResults(1).getResultList().isEmpty();
    }

    /** Two ranges rather than {@code <>}, so that the index on as_of answers without reading every row. */
    private TypedQuery<UUID> otherDay(LocalDate today) {
        return em.createQuery(
                        "SELECT s.partnershipId FROM CurrentScoreEntity s WHERE s.asOf < :today OR s.asOf > :today",
                        UUID.class)
                .setParameter("today", today);
    }

    @Override
    public void clear() {
        em.createNativeQuery("DELETE FROM current_score").executeUpdate();
    }
}
