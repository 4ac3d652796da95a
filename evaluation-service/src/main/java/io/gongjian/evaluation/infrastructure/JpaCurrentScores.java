package io.gongjian.evaluation.infrastructure;

import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.evaluation.application.CurrentScores;
import io.gongjian.evaluation.application.RankingEntry;
import io.gongjian.evaluation.application.ScoreReport;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.Scorecard;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaCurrentScores implements CurrentScores {

    /** Best composite first (the full-precision one), ties by code, partnerships without one last. */
    private static final Sort RANKED = Sort.by("composite", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST)
            .and("code", Sort.Direction.Ascending);

    @Inject
    EntityManager em;

    @Inject
    JsonColumns json;

    @Override
    public void save(EvaluatedPartnership partnership, Scorecard scorecard, ScoreReport report) {
        CurrentScoreEntity stored = CurrentScoreEntity.findById(partnership.id());
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
            entity.persist();
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
        // The status as a literal: the ranking index is partial (ACTIVE only), and a generic plan must still match it.
        PanacheQuery<RankingRow> rows = CurrentScoreEntity.find(
                        "status = 'ACTIVE' and regionCode like ?1", RANKED, regionPrefix + "%")
                .project(RankingRow.class)
                .page(page.page(), page.size());
        List<RankingEntry> items = new ArrayList<>();
        int position = page.offset();
        for (RankingRow row : rows.list()) {
            items.add(row.at(++position));
        }
        return Page.of(items, page, rows.count());
    }

    @Override
    public List<UUID> computedOnOtherDay(LocalDate today) {
        return otherDay(today).getResultList();
    }

    @Override
    public boolean anyComputedOnOtherDay(LocalDate today) {
        return !otherDay(today).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public boolean computedOnOtherDay(UUID partnershipId, LocalDate today) {
        return !em.createQuery(
                        "SELECT 1 FROM CurrentScoreEntity s WHERE s.partnershipId = :id AND s.asOf <> :today",
                        Integer.class)
                .setParameter("id", partnershipId)
                .setParameter("today", today)
                .getResultList()
                .isEmpty();
    }

    /** Two ranges rather than {@code <>}, so that the index on as_of answers without reading every row. */
    private TypedQuery<UUID> otherDay(LocalDate today) {
        return em.createQuery(
                        "SELECT s.partnershipId FROM CurrentScoreEntity s WHERE s.asOf < :today OR s.asOf > :today",
                        UUID.class)
                .setParameter("today", today);
    }
}
