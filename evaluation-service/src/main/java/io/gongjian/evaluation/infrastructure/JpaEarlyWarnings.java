package io.gongjian.evaluation.infrastructure;

import com.fasterxml.jackson.core.type.TypeReference;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.PartnershipVisibility;
import io.gongjian.evaluation.application.EarlyWarnings;
import io.gongjian.evaluation.application.OpenWarning;
import io.gongjian.evaluation.application.WarningEntry;
import io.gongjian.evaluation.domain.RectificationDetails;
import io.gongjian.evaluation.domain.warnings.Warning;
import io.gongjian.evaluation.domain.warnings.WarningKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/** The {@code early_warning} and {@code early_warning_check} tables (V10), and the facts the scan reads. */
@ApplicationScoped
public class JpaEarlyWarnings implements EarlyWarnings {

    private static final TypeReference<LinkedHashMap<String, Object>> DETAILS = new TypeReference<>() {};

    /** Partnerships to check: ACTIVE or with an open warning, and not checked today with their current score. */
    private static final String DUE = "SELECT p.id FROM evaluated_partnership p"
            + " LEFT JOIN current_score c ON c.partnership_id = p.id"
            + " LEFT JOIN early_warning_check w ON w.partnership_id = p.id"
            + " WHERE (p.status = 'ACTIVE' OR EXISTS (SELECT 1 FROM early_warning e"
            + " WHERE e.partnership_id = p.id AND e.ended_on IS NULL))"
            + " AND (w.partnership_id IS NULL OR w.checked_on <> :today"
            + " OR c.computed_at IS DISTINCT FROM w.scored_at)";

    @Inject
    EntityManager em;

    @Inject
    JsonColumns json;

    @Override
    public List<UUID> due(LocalDate today) {
        return em.createNativeQuery(DUE + " ORDER BY p.id", UUID.class)
                .setParameter("today", today)
                .getResultList();
    }

    @Override
    public boolean due(UUID partnershipId, LocalDate today) {
        return !em.createNativeQuery(DUE + " AND p.id = :id", UUID.class)
                .setParameter("today", today)
                .setParameter("id", partnershipId)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void checked(UUID partnershipId, LocalDate today) {
        em.createNativeQuery("INSERT INTO early_warning_check (partnership_id, checked_on, scored_at)"
                        + " VALUES (:id, :today, (SELECT computed_at FROM current_score WHERE partnership_id = :id))"
                        + " ON CONFLICT (partnership_id) DO UPDATE SET checked_on = excluded.checked_on,"
                        + " scored_at = excluded.scored_at")
                .setParameter("id", partnershipId)
                .setParameter("today", today)
                .executeUpdate();
    }

    @Override
    public NavigableSet<LocalDate> activityDays(UUID partnershipId) {
        NavigableSet<LocalDate> days = new TreeSet<>();
        for (Object day : em.createNativeQuery("SELECT DISTINCT business_date FROM record_fact"
                        + " WHERE partnership_id = :id AND kind = 'ACTIVITY' AND NOT revoked")
                .setParameter("id", partnershipId)
                .getResultList()) {
            days.add(SqlValues.date(day));
        }
        return days;
    }

    @Override
    public Map<UUID, RectificationDetails> rectificationItems(UUID partnershipId) {
        Map<UUID, RectificationDetails> items = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT id, details FROM evaluator_input"
                        + " WHERE partnership_id = :id AND kind = 'RECTIFICATION' AND status = 'ACTIVE'")
                .setParameter("id", partnershipId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            items.put((UUID) r[0], json.read((String) r[1], RectificationDetails.class));
        }
        return items;
    }

    @Override
    public List<Stored> open(UUID partnershipId) {
        List<Stored> open = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT id, kind, subject_id, started_on FROM early_warning"
                        + " WHERE partnership_id = :id AND ended_on IS NULL ORDER BY started_on, kind")
                .setParameter("id", partnershipId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            open.add(new Stored((UUID) r[0], WarningKind.valueOf((String) r[1]), (UUID) r[2], SqlValues.date(r[3])));
        }
        return open;
    }

    @Override
    public Optional<UUID> open(UUID partnershipId, String regionCode, Warning warning) {
        UUID id = UUID.randomUUID();
        // The open warning of a kind and subject is unique: a second replica's insert waits for the first, then skips.
        int inserted = em.createNativeQuery("INSERT INTO early_warning (id, partnership_id, region_code, kind,"
                        + " subject_id, started_on, details) VALUES (:id, :partnership, :region, :kind, :subject,"
                        + " :startedOn, :details) ON CONFLICT (partnership_id, kind,"
                        + " COALESCE(subject_id, CAST('00000000-0000-0000-0000-000000000000' AS uuid)))"
                        + " WHERE ended_on IS NULL DO NOTHING")
                .unwrap(NativeQuery.class)
                .setParameter("id", id)
                .setParameter("partnership", partnershipId)
                .setParameter("region", regionCode)
                .setParameter("kind", warning.kind().name())
                .setParameter("subject", warning.subjectId(), UUID.class)
                .setParameter("startedOn", warning.startedOn())
                .setParameter("details", json.write(warning.details()))
                .executeUpdate();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    @Override
    public void end(UUID warningId, LocalDate endedOn) {
        em.createNativeQuery("UPDATE early_warning SET ended_on = :endedOn, ended_at = clock_timestamp()"
                        + " WHERE id = :id AND ended_on IS NULL")
                .setParameter("id", warningId)
                .setParameter("endedOn", endedOn)
                .executeUpdate();
    }

    @Override
    public List<OpenWarning> openOn(UUID partnershipId, LocalDate day) {
        List<OpenWarning> open = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT kind, subject_id, started_on FROM early_warning"
                        + " WHERE partnership_id = :id AND started_on <= :day AND (ended_on IS NULL OR ended_on > :day)"
                        + " ORDER BY started_on, kind, subject_id")
                .setParameter("id", partnershipId)
                .setParameter("day", day)
                .getResultList()) {
            Object[] r = (Object[]) row;
            open.add(new OpenWarning(WarningKind.valueOf((String) r[0]), (UUID) r[1], SqlValues.date(r[2])));
        }
        return open;
    }

    @Override
    public Page<WarningEntry> list(Filter filter, PartnershipVisibility visibility, PageRequest page) {
        StringBuilder where = new StringBuilder(
                " FROM early_warning w JOIN evaluated_partnership p" + " ON p.id = w.partnership_id WHERE TRUE");
        Map<String, Object> parameters = new HashMap<>();
        if (!visibility.everything()) {
            if (visibility.regionPrefix() != null) {
                where.append(" AND w.region_code LIKE :visibleRegion");
                parameters.put("visibleRegion", visibility.regionPrefix() + "%");
            } else if (visibility.partnershipIds().isEmpty()) {
                return Page.of(List.of(), page, 0);
            } else {
                where.append(" AND w.partnership_id IN (:visible)");
                parameters.put("visible", visibility.partnershipIds());
            }
        }
        if (filter.regionPrefix() != null && !filter.regionPrefix().isEmpty()) {
            where.append(" AND w.region_code LIKE :region");
            parameters.put("region", filter.regionPrefix() + "%");
        }
        if (filter.kind() != null) {
            where.append(" AND w.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.partnershipId() != null) {
            where.append(" AND w.partnership_id = :partnership");
            parameters.put("partnership", filter.partnershipId());
        }
        switch (filter.state()) {
            case OPEN -> where.append(" AND w.ended_on IS NULL");
            case ENDED -> where.append(" AND w.ended_on IS NOT NULL");
            case ALL -> {}
        }
        Query count = em.createNativeQuery("SELECT COUNT(*)" + where);
        Query rows = em.createNativeQuery("SELECT w.id, w.partnership_id, p.code, p.title, w.region_code, w.kind,"
                        + " w.subject_id, w.started_on, w.ended_on, w.details" + where
                        + " ORDER BY w.started_on DESC, w.detected_at DESC, w.id LIMIT :limit OFFSET :offset")
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset());
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<WarningEntry> items = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new WarningEntry(
                    (UUID) r[0],
                    (UUID) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    WarningKind.valueOf((String) r[5]),
                    (UUID) r[6],
                    SqlValues.date(r[7]),
                    SqlValues.date(r[8]),
                    json.read((String) r[9], DETAILS)));
        }
        return Page.of(items, page, ((Number) count.getSingleResult()).longValue());
    }
}
