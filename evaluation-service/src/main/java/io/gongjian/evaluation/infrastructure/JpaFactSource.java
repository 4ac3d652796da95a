package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.application.Batches;
import io.gongjian.evaluation.application.FactSource;
import io.gongjian.evaluation.domain.DayFigures;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.EvaluatorInput;
import io.gongjian.evaluation.domain.FactKind;
import io.gongjian.evaluation.domain.FactSheet;
import io.gongjian.evaluation.domain.Facts;
import io.gongjian.evaluation.domain.MemberCounts;
import io.gongjian.evaluation.domain.RecordFact;
import io.gongjian.records.domain.VersionedRecord;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Loads facts with one query per table for any number of partnerships, so that a ranking is a few queries. */
@ApplicationScoped
public class JpaFactSource implements FactSource {

    /** Bind-parameter lists stay well below PostgreSQL's limit. */
    private static final int BATCH = 1000;

    @Inject
    EntityManager em;

    @Inject
    JpaInputs inputs;

    @Inject
    JpaInputs.Rows inputRows;

    @Inject
    JsonColumns json;

    @Override
    public Map<UUID, Facts> load(List<EvaluatedPartnership> partnerships, LocalDate from, LocalDate to) {
        return inBatches(partnerships, (ids, records, evaluatorInputs) -> {
            loadRecords(ids, from, to, records);
            loadInputs(ids, from, to, evaluatorInputs);
        });
    }

    @Override
    public Map<UUID, Facts> whole(List<EvaluatedPartnership> partnerships) {
        return inBatches(partnerships, (ids, records, evaluatorInputs) -> {
            collectRecords(recordsWhere("r.partnershipId IN :ids" + BY_DATE, Map.of("ids", ids)), records);
            collectInputs(evaluatorInputs, "", ids);
        });
    }

    /** Reads the records and inputs of a batch of partnerships into the maps given, by partnership. */
    @FunctionalInterface
    private interface BatchRead {
        void read(
                List<UUID> partnershipIds,
                Map<UUID, List<RecordFact>> records,
                Map<UUID, List<EvaluatorInput<?>>> evaluatorInputs);
    }

    /** The facts of the partnerships, their records and inputs read {@code BATCH} partnerships at a time. */
    private Map<UUID, Facts> inBatches(List<EvaluatedPartnership> partnerships, BatchRead read) {
        Map<UUID, List<RecordFact>> records = new HashMap<>();
        Map<UUID, List<EvaluatorInput<?>>> evaluatorInputs = new HashMap<>();
        Map<UUID, MemberCounts> members = new HashMap<>();
        for (List<EvaluatedPartnership> batch : Batches.of(partnerships, BATCH)) {
            read.read(batch.stream().map(EvaluatedPartnership::id).toList(), records, evaluatorInputs);
            Set<UUID> organizations = new HashSet<>();
            for (EvaluatedPartnership p : batch) {
                organizations.add(p.universityOrganizationId());
                organizations.add(p.enterpriseOrganizationId());
            }
            loadMembers(organizations, members);
        }
        Map<UUID, Facts> facts = new HashMap<>();
        for (EvaluatedPartnership p : partnerships) {
            facts.put(p.id(), assemble(p, records, evaluatorInputs, members));
        }
        return facts;
    }

    @Override
    public Facts ofDays(EvaluatedPartnership partnership, Set<LocalDate> days) {
        if (days == null) {
            return whole(List.of(partnership)).get(partnership.id());
        }
        List<UUID> ids = List.of(partnership.id());
        Map<UUID, List<RecordFact>> records = new HashMap<>();
        Map<UUID, List<EvaluatorInput<?>>> evaluatorInputs = new HashMap<>();
        Map<UUID, MemberCounts> members = new HashMap<>();
        if (!days.isEmpty()) {
            // Three indexed reads rather than one query with OR, which would scan every record of the partnership:
            Map<UUID, List<RecordFact>> found = new HashMap<>();
            Map<String, Object> onDays = Map.of("ids", ids, "days", days);
            collectRecords(recordsWhere("r.partnershipId IN :ids AND r.businessDate IN :days", onDays), found);
            // the conversions of the research outputs registered on these days,
            collectRecords(
                    recordsWhere(
                            "r.kind = :conversion AND r.achievementId IN (SELECT a.id FROM RecordFactEntity a"
                                    + " WHERE a.partnershipId IN :ids AND a.businessDate IN :days AND a.kind = :achievement)",
                            Map.of(
                                    "ids",
                                    ids,
                                    "days",
                                    days,
                                    "conversion",
                                    FactKind.CONVERSION,
                                    "achievement",
                                    FactKind.ACHIEVEMENT)),
                    found);
            // and the achievements of the conversions dated on them.
            collectRecords(
                    recordsWhere(
                            "r.id IN (SELECT c.achievementId FROM RecordFactEntity c WHERE c.partnershipId IN :ids"
                                    + " AND c.businessDate IN :days AND c.kind = :conversion AND c.revoked = false)",
                            Map.of("ids", ids, "days", days, "conversion", FactKind.CONVERSION)),
                    found);
            records.put(partnership.id(), byDateOnce(found.getOrDefault(partnership.id(), List.of())));
            collectInputs(evaluatorInputs, " and businessDate in ?3", ids, days);
        }
        loadMembers(Set.of(partnership.universityOrganizationId(), partnership.enterpriseOrganizationId()), members);
        return assemble(partnership, records, evaluatorInputs, members);
    }

    private TypedQuery<Object[]> recordsWhere(String condition, Map<String, Object> parameters) {
        TypedQuery<Object[]> query =
                em.createQuery(RECORD_COLUMNS + " WHERE r.revoked = false AND " + condition, Object[].class);
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * Each record once, by business date then id as PostgreSQL orders them ({@link #BY_DATE}), so that the
     * explanations list them the same way whichever query read them.
     */
    private static List<RecordFact> byDateOnce(List<RecordFact> records) {
        Map<UUID, RecordFact> once = new HashMap<>();
        records.forEach(record -> once.put(record.id(), record));

        return once.values().stream()
                .sorted(Comparator.comparing(RecordFact::businessDate)
                        .thenComparing(RecordFact::id, DayFigures.STORED_ORDER))
                .toList();
    }

    private Facts assemble(
            EvaluatedPartnership p,
            Map<UUID, List<RecordFact>> records,
            Map<UUID, List<EvaluatorInput<?>>> evaluatorInputs,
            Map<UUID, MemberCounts> members) {
        return FactSheet.assemble(
                p,
                members.getOrDefault(p.universityOrganizationId(), MemberCounts.none()),
                members.getOrDefault(p.enterpriseOrganizationId(), MemberCounts.none()),
                records.getOrDefault(p.id(), List.of()),
                evaluatorInputs.getOrDefault(p.id(), List.of()));
    }

    private static final String RECORD_COLUMNS = "SELECT r.id, r.kind, r.partnershipId, r.version, r.businessDate,"
            + " r.achievementType, r.achievementId, r.universityPartyMembers, r.enterprisePartyMembers, r.headcount,"
            + " r.outputValue, r.exchangeType, r.resourceKind, r.universityIncome FROM RecordFactEntity r";

    /** Explanations list record ids by date, the same way every time. */
    private static final String BY_DATE = " ORDER BY r.businessDate, r.id";

    private void loadRecords(List<UUID> ids, LocalDate from, LocalDate to, Map<UUID, List<RecordFact>> into) {
        collectRecords(
                em.createQuery(
                                RECORD_COLUMNS + " WHERE r.partnershipId IN :ids"
                                        + " AND r.revoked = false AND ((r.businessDate <= :to"
                                        + " AND (r.businessDate >= :from OR r.kind = :conversion))"
                                        // A conversion counts only with its achievement, which may lie outside the
                                        // window.
                                        + " OR r.id IN (SELECT c.achievementId FROM RecordFactEntity c"
                                        + " WHERE c.partnershipId IN :ids AND c.kind = :conversion AND c.revoked = false"
                                        + " AND c.businessDate <= :to))"
                                        + BY_DATE,
                                Object[].class)
                        .setParameter("ids", ids)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .setParameter("conversion", FactKind.CONVERSION),
                into);
    }

    private static void collectRecords(TypedQuery<Object[]> query, Map<UUID, List<RecordFact>> into) {
        for (Object[] row : query.getResultList()) {
            UUID partnershipId = (UUID) row[2];
            into.computeIfAbsent(partnershipId, id -> new ArrayList<>())
                    .add(new RecordFact(
                            (UUID) row[0],
                            (FactKind) row[1],
                            partnershipId,
                            (Long) row[3],
                            false,
                            (LocalDate) row[4],
                            (String) row[5],
                            (UUID) row[6],
                            intOf(row[7]),
                            intOf(row[8]),
                            intOf(row[9]),
                            (BigDecimal) row[10],
                            (String) row[11],
                            (String) row[12],
                            (BigDecimal) row[13],
                            null,
                            null,
                            null));
        }
    }

    private void loadInputs(List<UUID> ids, LocalDate from, LocalDate to, Map<UUID, List<EvaluatorInput<?>>> into) {
        collectInputs(into, " and businessDate between ?3 and ?4", ids, from, to);
    }

    /** The active inputs of the partnerships {@code ids} that meet {@code condition} (parameters from ?3 on). */
    private void collectInputs(
            Map<UUID, List<EvaluatorInput<?>>> into, String condition, List<UUID> ids, Object... parameters) {
        Object[] all = new Object[parameters.length + 2];
        all[0] = ids;
        all[1] = VersionedRecord.ACTIVE;
        System.arraycopy(parameters, 0, all, 2, parameters.length);
        inputRows
                .list(
                        "partnershipId in ?1 and status = ?2" + condition,
                        Sort.by("businessDate").and("id"),
                        all)
                .forEach(row -> into.computeIfAbsent(row.partnershipId, id -> new ArrayList<>())
                        .add(inputs.input(row)));
    }

    private void loadMembers(Set<UUID> organizations, Map<UUID, MemberCounts> into) {
        EvaluatedOrganizationEntity.<EvaluatedOrganizationEntity>list("id in ?1", organizations)
                .forEach(o -> into.put(o.id, new MemberCounts(json.read(o.memberCounts, JpaReadModel.MEMBER_COUNTS))));
    }

    private static int intOf(Object value) {
        return value == null ? 0 : (Integer) value;
    }
}
