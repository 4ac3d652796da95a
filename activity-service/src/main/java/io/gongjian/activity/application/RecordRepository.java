package io.gongjian.activity.application;

import io.gongjian.activity.domain.FacilityUsage;
import io.gongjian.activity.domain.RecordDetails;
import io.gongjian.records.application.RecordStore;
import java.util.List;
import java.util.UUID;

/** Port: where the logged records are kept. */
public interface RecordRepository extends RecordStore<RecordDetails> {

    /** The conversions of an achievement that are not revoked, oldest first. */
    List<UUID> activeConversionsOf(UUID achievementId);

    /** The activities and exchanges, not revoked, that name the facility as where they took place. */
    FacilityUsage usageOf(UUID facilityId);
}
