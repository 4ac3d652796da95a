package io.gongjian.activity.infrastructure;

import io.gongjian.activity.application.RecordRepository;
import io.gongjian.activity.domain.ActivityDetails;
import io.gongjian.activity.domain.ConversionDetails;
import io.gongjian.activity.domain.RecordDetails;
import io.gongjian.activity.domain.RecordKind;
import io.gongjian.activity.domain.RecordStatus;
import io.gongjian.records.application.RecordQuery;
import io.gongjian.records.infrastructure.ListQuery;
import io.gongjian.records.infrastructure.PanacheRecordStore;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
        row.mode = details instanceof ActivityDetails activity ? activity.mode().name() : null;
        row.achievementId = details instanceof ConversionDetails conversion ? conversion.achievementId() : null;
    }

    @Override
    protected void filter(RecordQuery query, ListQuery list) {
        list.and("type = :type", "type", query.type())
                .and("mode = :mode", "mode", query.matching().get("mode"))
                .and(
                        "achievementId = :achievement",
                        "achievement",
                        query.matching().get("achievementId"));
    }
}
