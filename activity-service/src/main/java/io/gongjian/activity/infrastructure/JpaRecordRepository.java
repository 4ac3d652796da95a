package io.gongjian.activity.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.activity.application.RecordQuery;
import io.gongjian.activity.application.RecordRepository;
import io.gongjian.activity.domain.AchievementDetails;
import io.gongjian.activity.domain.ActivityDetails;
import io.gongjian.activity.domain.ConversionDetails;
import io.gongjian.activity.domain.ExchangeDetails;
import io.gongjian.activity.domain.RecordDetails;
import io.gongjian.activity.domain.RecordKind;
import io.gongjian.activity.domain.RecordStatus;
import io.gongjian.activity.domain.TrackedRecord;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.PartnershipVisibility;
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
public class JpaRecordRepository implements RecordRepository {

    /** API sort field → entity attribute. */
    static final Map<String, String> SORT_COLUMNS =
            Map.of("businessDate", "businessDate", "type", "type", "status", "status");

    private static final Map<RecordKind, Class<? extends RecordDetails>> DETAILS = Map.of(
            RecordKind.ACTIVITY, ActivityDetails.class,
            RecordKind.EXCHANGE, ExchangeDetails.class,
            RecordKind.ACHIEVEMENT, AchievementDetails.class,
            RecordKind.CONVERSION, ConversionDetails.class);

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Override
    public Optional<TrackedRecord<?>> find(RecordKind kind, UUID id) {
        return Optional.ofNullable(em.find(RecordEntity.class, id))
                .filter(entity -> entity.kind.equals(kind.name()))
                .map(this::toDomain);
    }

    @Override
    public Optional<TrackedRecord<?>> findForUpdate(RecordKind kind, UUID id) {
        return Optional.ofNullable(em.find(RecordEntity.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(entity -> entity.kind.equals(kind.name()))
                .map(this::toDomain);
    }

    @Override
    public void add(TrackedRecord<?> record, String regionCode) {
        RecordEntity entity = new RecordEntity();
        entity.id = record.id();
        entity.kind = record.details().kind().name();
        entity.partnershipId = record.partnershipId();
        entity.regionCode = regionCode;
        copy(record, entity);
        em.persist(entity);
    }

    @Override
    public void update(TrackedRecord<?> record) {
        copy(record, em.find(RecordEntity.class, record.id()));
    }

    @Override
    public long activeConversionsOf(UUID achievementId) {
        return em.createQuery(
                        "SELECT count(e) FROM RecordEntity e WHERE e.kind = 'CONVERSION' AND e.achievementId = :id"
                                + " AND e.status = 'ACTIVE'",
                        Long.class)
                .setParameter("id", achievementId)
                .getSingleResult();
    }

    @Override
    public Page<TrackedRecord<?>> search(RecordQuery query, PartnershipVisibility visibility, PageRequest page) {
        List<String> conditions = new ArrayList<>(List.of("e.kind = :kind"));
        Map<String, Object> parameters =
                new HashMap<>(Map.of("kind", query.kind().name()));
        if (!visibility.everything()) {
            if (visibility.regionPrefix() != null) {
                conditions.add("e.regionCode LIKE :visibleRegion");
                parameters.put("visibleRegion", visibility.regionPrefix() + "%");
            } else if (visibility.partnershipIds().isEmpty()) {
                conditions.add("1 = 0");
            } else {
                conditions.add("e.partnershipId IN :visibleIds");
                parameters.put("visibleIds", visibility.partnershipIds());
            }
        }
        filter(conditions, parameters, "e.partnershipId = :partnership", "partnership", query.partnershipId());
        filter(conditions, parameters, "e.achievementId = :achievement", "achievement", query.achievementId());
        filter(conditions, parameters, "e.type = :type", "type", query.type());
        filter(conditions, parameters, "e.mode = :mode", "mode", query.mode());
        filter(conditions, parameters, "e.businessDate >= :from", "from", query.from());
        filter(conditions, parameters, "e.businessDate <= :to", "to", query.to());
        filter(
                conditions,
                parameters,
                "e.status = :status",
                "status",
                query.status() == null ? null : query.status().name());
        String where = " WHERE " + String.join(" AND ", conditions);
        String order =
                " ORDER BY e." + SORT_COLUMNS.get(page.sortField()) + (page.descending() ? " DESC" : " ASC") + ", e.id";
        TypedQuery<RecordEntity> select =
                em.createQuery("SELECT e FROM RecordEntity e" + where + order, RecordEntity.class);
        TypedQuery<Long> count = em.createQuery("SELECT count(e) FROM RecordEntity e" + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<TrackedRecord<?>> items =
                select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                        .<TrackedRecord<?>>map(this::toDomain)
                        .toList();
        return Page.of(items, page, count.getSingleResult());
    }

    private static void filter(
            List<String> conditions, Map<String, Object> parameters, String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }

    private void copy(TrackedRecord<?> record, RecordEntity entity) {
        RecordDetails details = record.details();
        entity.businessDate = details.businessDate();
        entity.status = record.status().name();
        entity.revocationReason = record.revocationReason();
        entity.version = record.version();
        entity.updatedAt = OffsetDateTime.now();
        entity.type = null;
        entity.mode = null;
        if (details instanceof ActivityDetails activity) {
            entity.type = activity.type().name();
            entity.mode = activity.mode().name();
        } else if (details instanceof ExchangeDetails exchange) {
            entity.type = exchange.type().name();
        } else if (details instanceof AchievementDetails achievement) {
            entity.type = achievement.type().name();
        } else if (details instanceof ConversionDetails conversion) {
            entity.type = conversion.form().name();
            entity.achievementId = conversion.achievementId();
        }
        try {
            entity.details = json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + details.kind().label() + " " + record.id(), e);
        }
    }

    private TrackedRecord<?> toDomain(RecordEntity entity) {
        RecordKind kind = RecordKind.valueOf(entity.kind);
        try {
            RecordDetails details = json.readValue(entity.details, DETAILS.get(kind));
            return TrackedRecord.restore(
                    entity.id,
                    entity.partnershipId,
                    details,
                    RecordStatus.valueOf(entity.status),
                    entity.revocationReason,
                    entity.version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable " + kind.label() + " " + entity.id, e);
        }
    }
}
