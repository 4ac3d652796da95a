package io.gongjian.evaluation.infrastructure;

import com.fasterxml.jackson.core.type.TypeReference;
import io.gongjian.evaluation.application.Batches;
import io.gongjian.evaluation.application.ReadModel;
import io.gongjian.evaluation.domain.EvaluatedOrganization;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.FactKind;
import io.gongjian.evaluation.domain.JointFacility;
import io.gongjian.evaluation.domain.MemberCounts;
import io.gongjian.evaluation.domain.RecordFact;
import io.gongjian.records.infrastructure.PartnershipRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The read model in PostgreSQL, its tables as Panache entities. Every write is an upsert that only replaces an
 * older version, so duplicates and late arrivals change nothing whatever order they come in.
 */
@ApplicationScoped
public class JpaReadModel implements ReadModel {

    private static final TypeReference<Map<String, BigDecimal>> TARGETS = new TypeReference<>() {};
    static final TypeReference<List<MemberCounts.Entry>> MEMBER_COUNTS = new TypeReference<>() {};

    /** The key of the transaction's {@link #knownAbsent} records. */
    private static final Object KNOWN_ABSENT = new Object();

    /** Bind-parameter lists stay well below PostgreSQL's limit. */
    private static final int BATCH = 1000;

    @Inject
    EntityManager em;

    @Inject
    JsonColumns json;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Override
    public boolean apply(EvaluatedPartnership p) {
        return em.createNativeQuery(
                                "INSERT INTO evaluated_partnership (id, version, code, title, status, region_code,"
                                        + " university_organization_id, enterprise_organization_id, government_organization_ids,"
                                        + " targets, term_start, term_end) VALUES (:id, :version, :code, :title, :status, :region,"
                                        + " :university, :enterprise, :governments, :targets, :termStart, :termEnd)"
                                        + " ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, code = EXCLUDED.code,"
                                        + " title = EXCLUDED.title, status = EXCLUDED.status, region_code = EXCLUDED.region_code,"
                                        + " university_organization_id = EXCLUDED.university_organization_id,"
                                        + " enterprise_organization_id = EXCLUDED.enterprise_organization_id,"
                                        + " government_organization_ids = EXCLUDED.government_organization_ids,"
                                        + " targets = EXCLUDED.targets, term_start = EXCLUDED.term_start,"
                                        + " term_end = EXCLUDED.term_end WHERE evaluated_partnership.version < EXCLUDED.version")
                        .setParameter("id", p.id())
                        .setParameter("version", p.version())
                        .setParameter("code", p.code())
                        .setParameter("title", p.title())
                        .setParameter("status", p.status())
                        .setParameter("region", p.regionCode())
                        .setParameter("university", p.universityOrganizationId())
                        .setParameter("enterprise", p.enterpriseOrganizationId())
                        .setParameter("governments", PartnershipRow.governmentColumn(p.governmentOrganizationIds()))
                        .setParameter("targets", json.write(p.targets()))
                        .setParameter("termStart", p.termStart())
                        .setParameter("termEnd", p.termEnd())
                        .executeUpdate()
                == 1;
    }

    @Override
    public boolean apply(EvaluatedOrganization organization) {
        return em.createNativeQuery("INSERT INTO evaluated_organization (id, version, member_counts, institution,"
                                + " credit_code, school_code) VALUES (:id, :version, :counts,"
                                + " CAST(:institution AS VARCHAR), CAST(:creditCode AS VARCHAR),"
                                + " CAST(:schoolCode AS VARCHAR)) ON CONFLICT (id) DO UPDATE SET"
                                + " version = EXCLUDED.version, member_counts = EXCLUDED.member_counts,"
                                + " institution = EXCLUDED.institution, credit_code = EXCLUDED.credit_code,"
                                + " school_code = EXCLUDED.school_code"
                                + " WHERE evaluated_organization.version < EXCLUDED.version")
                        .setParameter("id", organization.id())
                        .setParameter("version", organization.version())
                        .setParameter("institution", organization.institution())
                        .setParameter("creditCode", organization.creditCode())
                        .setParameter("schoolCode", organization.schoolCode())
                        .setParameter("counts", json.write(organization.counts().entries()))
                        .executeUpdate()
                == 1;
    }

    @Override
    public boolean apply(RecordFact r) {
        RecordFactEntity stored = knownAbsent().remove(r.id()) ? null : RecordFactEntity.findById(r.id());
        return replaceIfNewer(stored, r.version(), RecordFactEntity::new, entity -> {
            entity.id = r.id();
            entity.kind = r.kind();
            entity.partnershipId = r.partnershipId();
            entity.version = r.version();
            entity.revoked = r.revoked();
            entity.businessDate = r.businessDate();
            entity.achievementType = r.achievementType();
            entity.achievementId = r.achievementId();
            entity.universityPartyMembers = r.universityPartyMembers();
            entity.enterprisePartyMembers = r.enterprisePartyMembers();
            entity.headcount = r.headcount();
            entity.outputValue = r.outputValue();
            entity.exchangeType = r.exchangeType();
            entity.resourceKind = r.resourceKind();
            entity.universityIncome = r.universityIncome();
            entity.activityType = r.activityType();
            entity.title = r.title();
            entity.attendance = r.attendance();
        });
    }

    @Override
    public boolean apply(JointFacility f) {
        return replaceIfNewer(JointFacilityEntity.findById(f.id()), f.version(), JointFacilityEntity::new, entity -> {
            entity.id = f.id();
            entity.partnershipId = f.partnershipId();
            entity.version = f.version();
            entity.revoked = f.revoked();
            entity.kind = f.kind();
            entity.name = f.name();
            entity.mode = f.mode();
            entity.hostSide = f.hostSide();
            entity.openedOn = f.openedOn();
            entity.closedOn = f.closedOn();
            entity.equipmentValue = f.equipmentValue();
        });
    }

    @Override
    public void prefetchRecords(Collection<UUID> recordIds) {
        Set<UUID> absent = new HashSet<>(recordIds);
        for (List<UUID> batch : Batches.of(absent, BATCH)) {
            RecordFactEntity.<RecordFactEntity>list("id in ?1", batch).forEach(found -> absent.remove(found.id));
        }
        knownAbsent().addAll(absent);
    }

    /**
     * The records this transaction knows are not stored: prefetched and not found, not stored since. Kept with the
     * transaction, which alone could store them (a record's events share a partition, and only a rebuild's own
     * transactions write the model it builds); outside one, none is known.
     */
    @SuppressWarnings("unchecked")
    private Set<UUID> knownAbsent() {
        if (transactions.getTransactionKey() == null) {
            return new HashSet<>();
        }
        Set<UUID> absent = (Set<UUID>) transactions.getResource(KNOWN_ABSENT);
        if (absent == null) {
            absent = new HashSet<>();
            transactions.putResource(KNOWN_ABSENT, absent);
        }
        return absent;
    }

    @Override
    public Optional<RecordFact> stored(UUID recordId) {
        if (knownAbsent().contains(recordId)) {
            return Optional.empty();
        }
        return RecordFactEntity.<RecordFactEntity>findByIdOptional(recordId)
                .map(r -> new RecordFact(
                        r.id,
                        r.kind,
                        r.partnershipId,
                        r.version,
                        r.revoked,
                        r.businessDate,
                        r.achievementType,
                        r.achievementId,
                        r.universityPartyMembers == null ? 0 : r.universityPartyMembers,
                        r.enterprisePartyMembers == null ? 0 : r.enterprisePartyMembers,
                        r.headcount == null ? 0 : r.headcount,
                        r.outputValue,
                        r.exchangeType,
                        r.resourceKind,
                        r.universityIncome,
                        r.activityType,
                        r.title,
                        r.attendance));
    }

    /** A column, not the entity: the upsert that follows is native and would leave a loaded entity stale. */
    @Override
    public Optional<MemberCounts> memberCounts(UUID organizationId) {
        return em.createQuery("SELECT o.memberCounts FROM EvaluatedOrganizationEntity o WHERE o.id = :id", String.class)
                .setParameter("id", organizationId)
                .getResultStream()
                .findFirst()
                .map(counts -> new MemberCounts(json.read(counts, MEMBER_COUNTS)));
    }

    /** Columns, not the entity, for the same reason. */
    @Override
    public Optional<List<UUID>> partiesOf(UUID partnershipId) {
        return em.createQuery(
                        "SELECT p.universityOrganizationId, p.enterpriseOrganizationId FROM EvaluatedPartnershipEntity p"
                                + " WHERE p.id = :id",
                        Object[].class)
                .setParameter("id", partnershipId)
                .getResultStream()
                .findFirst()
                .map(row -> List.of((UUID) row[0], (UUID) row[1]));
    }

    @Override
    public Set<LocalDate> daysCountedWith(RecordFact record) {
        List<LocalDate> days = em.createQuery(
                        "SELECT r.businessDate FROM RecordFactEntity r WHERE r.id = :id OR r.id = :achievement"
                                + " OR (r.kind = :conversion AND r.achievementId = :id)",
                        LocalDate.class)
                .setParameter("id", record.id())
                .setParameter("achievement", record.achievementId())
                .setParameter("conversion", FactKind.CONVERSION)
                .getResultList();
        return Set.copyOf(days);
    }

    /**
     * Stores a record's state unless the stored one is as new or newer. One record's events share a partition (keyed
     * by partnership), so they never race each other here.
     */
    private static <E extends VersionedRow> boolean replaceIfNewer(
            E stored, long version, Supplier<E> fresh, Consumer<E> copy) {
        if (stored != null && stored.version() >= version) {
            return false;
        }
        E entity = stored == null ? fresh.get() : stored;
        copy.accept(entity);
        if (stored == null) {
            entity.persist();
        }
        return true;
    }

    @Override
    public List<JointFacility> facilitiesOf(UUID partnershipId) {
        return JointFacilityEntity.<JointFacilityEntity>list("partnershipId = ?1 order by openedOn, id", partnershipId)
                .stream()
                .map(e -> new JointFacility(
                        e.id,
                        e.partnershipId,
                        e.version,
                        e.revoked,
                        e.kind,
                        e.name,
                        e.mode,
                        e.hostSide,
                        e.openedOn,
                        e.closedOn,
                        e.equipmentValue))
                .toList();
    }

    @Override
    public Optional<EvaluatedPartnership> find(UUID id) {
        return EvaluatedPartnershipEntity.<EvaluatedPartnershipEntity>findByIdOptional(id)
                .map(this::toDomain);
    }

    @Override
    public List<EvaluatedPartnership> partnerships(Collection<UUID> ids) {
        List<EvaluatedPartnership> found = new ArrayList<>();
        for (List<UUID> batch : Batches.of(ids, BATCH)) {
            EvaluatedPartnershipEntity.<EvaluatedPartnershipEntity>list("id in ?1", batch)
                    .forEach(entity -> found.add(toDomain(entity)));
        }
        return found;
    }

    @Override
    public Set<UUID> involving(UUID organizationId) {
        return PartnershipRow.involving(em, EvaluatedPartnershipEntity.class, organizationId);
    }

    @Override
    public List<UUID> partnershipIdsAfter(UUID after, int limit) {
        return em.createQuery(
                        "SELECT e.id FROM EvaluatedPartnershipEntity e WHERE :after IS NULL OR e.id > :after ORDER BY e.id",
                        UUID.class)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<UUID> partnershipIdsIn(String regionPrefix) {
        List<?> ids = em.createNativeQuery("SELECT id FROM evaluated_partnership WHERE region_code LIKE :prefix")
                .setParameter("prefix", regionPrefix + "%")
                .getResultList();
        return ids.stream().map(UUID.class::cast).toList();
    }

    @Override
    public void flush() {
        em.flush();
        em.clear();
    }

    private EvaluatedPartnership toDomain(EvaluatedPartnershipEntity e) {
        return new EvaluatedPartnership(
                e.id,
                e.version,
                e.code,
                e.title,
                e.status,
                e.regionCode,
                e.universityOrganizationId,
                e.enterpriseOrganizationId,
                e.governments(),
                targets(json, e.targets),
                e.termStart,
                e.termEnd);
    }

    /** An agreement's targets as stored; most set none, and a ranking reads ten thousand of them. */
    static Map<String, BigDecimal> targets(JsonColumns json, String stored) {
        return "{}".equals(stored) ? Map.of() : json.read(stored, TARGETS);
    }
}
