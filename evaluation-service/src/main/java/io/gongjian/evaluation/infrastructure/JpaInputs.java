package io.gongjian.evaluation.infrastructure;

import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.PartnershipVisibility;
import io.gongjian.evaluation.application.InputQuery;
import io.gongjian.evaluation.application.Inputs;
import io.gongjian.evaluation.domain.AssessmentDetails;
import io.gongjian.evaluation.domain.EvaluatorInput;
import io.gongjian.evaluation.domain.InputDetails;
import io.gongjian.evaluation.domain.InputKind;
import io.gongjian.evaluation.domain.RectificationDetails;
import io.gongjian.evaluation.domain.SurveyDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaInputs implements Inputs {

    private static final Map<InputKind, Class<? extends InputDetails>> DETAILS = Map.of(
            InputKind.ASSESSMENT, AssessmentDetails.class,
            InputKind.SURVEY, SurveyDetails.class,
            InputKind.RECTIFICATION, RectificationDetails.class);

    @Inject
    EntityManager em;

    @Inject
    JsonColumns json;

    @Override
    public void add(EvaluatorInput<?> input, String regionCode) {
        EvaluatorInputEntity entity = new EvaluatorInputEntity();
        entity.id = input.id();
        entity.kind = input.details().inputKind();
        entity.partnershipId = input.partnershipId();
        entity.regionCode = regionCode;
        copy(input, entity);
        em.persist(entity);
    }

    @Override
    public void update(EvaluatorInput<?> input) {
        copy(input, em.find(EvaluatorInputEntity.class, input.id()));
    }

    @Override
    public Optional<EvaluatorInput<?>> find(InputKind kind, UUID id) {
        return Optional.ofNullable(em.find(EvaluatorInputEntity.class, id))
                .filter(entity -> entity.kind == kind)
                .map(this::toDomain);
    }

    @Override
    public Optional<EvaluatorInput<?>> findForUpdate(InputKind kind, UUID id) {
        return Optional.ofNullable(em.find(EvaluatorInputEntity.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(entity -> entity.kind == kind)
                .map(this::toDomain);
    }

    @Override
    public Page<EvaluatorInput<?>> search(InputQuery query, PartnershipVisibility visibility, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE i.kind = :kind");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("kind", query.kind());
        if (!visibility.everything()) {
            if (visibility.regionPrefix() != null) {
                where.append(" AND i.regionCode LIKE :region");
                parameters.put("region", visibility.regionPrefix() + "%");
            } else if (visibility.partnershipIds().isEmpty()) {
                return Page.of(List.of(), page, 0);
            } else {
                where.append(" AND i.partnershipId IN :visible");
                parameters.put("visible", visibility.partnershipIds());
            }
        }
        if (query.partnershipId() != null) {
            where.append(" AND i.partnershipId = :partnership");
            parameters.put("partnership", query.partnershipId());
        }
        if (query.type() != null) {
            // The kind of an assessment or survey batch is the first field of its JSON details.
            where.append(" AND i.details LIKE :type");
            parameters.put("type", "{\"kind\":\"" + query.type() + "\"%");
        }
        if (query.from() != null) {
            where.append(" AND i.businessDate >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" AND i.businessDate <= :to");
            parameters.put("to", query.to());
        }
        if (query.status() != null) {
            where.append(" AND i.status = :status");
            parameters.put("status", query.status());
        }
        TypedQuery<Long> count = em.createQuery("SELECT count(i) FROM EvaluatorInputEntity i" + where, Long.class);
        TypedQuery<EvaluatorInputEntity> select = em.createQuery(
                "FROM EvaluatorInputEntity i" + where + " ORDER BY i." + page.sortField()
                        + (page.descending() ? " DESC" : " ASC") + ", i.id",
                EvaluatorInputEntity.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        List<EvaluatorInput<?>> items = new ArrayList<>();
        select.setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultStream()
                .forEach(entity -> items.add(toDomain(entity)));
        return Page.of(items, page, count.getSingleResult());
    }

    EvaluatorInput<?> toDomain(EvaluatorInputEntity entity) {
        return EvaluatorInput.restore(
                entity.id,
                entity.partnershipId,
                json.read(entity.details, DETAILS.get(entity.kind)),
                entity.status,
                entity.withdrawalReason,
                entity.version,
                entity.recordedSequence == null ? Long.MAX_VALUE : entity.recordedSequence);
    }

    private void copy(EvaluatorInput<?> input, EvaluatorInputEntity entity) {
        entity.businessDate = input.details().businessDate();
        entity.status = input.status();
        entity.withdrawalReason = input.withdrawalReason();
        entity.version = input.version();
        entity.details = json.write(input.details());
        entity.updatedAt = OffsetDateTime.now();
    }
}
