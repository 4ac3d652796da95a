package io.gongjian.activity.infrastructure;

import io.gongjian.activity.application.RecordRepository;
import io.gongjian.activity.domain.ConversionDetails;
import io.gongjian.activity.domain.FacilityDetails;
import io.gongjian.activity.domain.FacilityUsage;
import io.gongjian.activity.domain.RecordDetails;
import io.gongjian.activity.domain.RecordKind;
import io.gongjian.activity.domain.RecordStatus;
import io.gongjian.records.application.RecordQuery;
import io.gongjian.records.infrastructure.ListQuery;
import io.gongjian.records.infrastructure.PanacheRecordStore;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class JpaRecordRepository extends PanacheRecordStore<RecordDetails, RecordEntity> implements RecordRepository {

    /** The table's rows, through Panache. */
    @ApplicationScoped
    public static class Rows implements PanacheRepositoryBase<RecordEntity, UUID> {}

    @Inject
    Rows rows;

    @Override
    public List<UUID> activeConversionsOf(UUID achievementId) {
        return rows.getEntityManager()
                .createQuery(
                        "SELECT r.id FROM RecordEntity r WHERE r.kind = :kind AND r.achievementId = :achievement"
                                + " AND r.status = :status ORDER BY r.businessDate, r.id",
                        UUID.class)
                .setParameter("kind", RecordKind.CONVERSION.name())
                .setParameter("achievement", achievementId)
                .setParameter("status", RecordStatus.ACTIVE.name())
                .getResultList();
    }

    @Override
    public FacilityUsage usageOf(UUID facilityId) {
        Object[] usage = rows.getEntityManager()
                .createQuery(
                        "SELECT count(CASE WHEN r.kind = :activity THEN 1 END),"
                                + " count(CASE WHEN r.kind = :exchange THEN 1 END), min(r.businessDate),"
                                + " max(r.businessDate) FROM RecordEntity r"
                                + " WHERE r.facilityId = :facility AND r.status = :status",
                        Object[].class)
                .setParameter("activity", RecordKind.ACTIVITY.name())
                .setParameter("exchange", RecordKind.EXCHANGE.name())
                .setParameter("facility", facilityId)
                .setParameter("status", RecordStatus.ACTIVE.name())
                .getSingleResult();
        return new FacilityUsage((Long) usage[0], (Long) usage[1], (LocalDate) usage[2], (LocalDate) usage[3]);
    }

    @Override
    protected PanacheRepositoryBase<RecordEntity, UUID> rows() {
        return rows;
    }

    @Override
    protected RecordEntity newRow() {
        return new RecordEntity();
    }

    @Override
    protected Class<? extends RecordDetails> detailsType(String kind) {
        return RecordKind.valueOf(kind).details();
    }

    @Override
    protected void copyColumns(RecordDetails details, RecordEntity row) {
        row.type = details.typeCode();
        row.mode = details.mode() == null ? null : details.mode().name();
        row.achievementId = details instanceof ConversionDetails conversion ? conversion.achievementId() : null;
        row.facilityId = details.facilityId();
        row.closedOn = details instanceof FacilityDetails facility ? facility.closedOn() : null;
    }

    @Override
    protected void filter(RecordQuery query, ListQuery list) {
        list.and("type = :type", "type", query.type())
                .and("mode = :mode", "mode", query.matching().get("mode"))
                .and(
                        "achievementId = :achievement",
                        "achievement",
                        query.matching().get("achievementId"))
                .and("facilityId = :facility", "facility", query.matching().get("facilityId"))
                .and(
                        "status = 'ACTIVE' and businessDate <= :openOn and (closedOn is null or closedOn >= :openOn)",
                        "openOn",
                        query.matching().get("openOn"));
    }
}
