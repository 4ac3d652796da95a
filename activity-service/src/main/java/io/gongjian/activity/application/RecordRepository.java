package io.gongjian.activity.application;

import io.gongjian.activity.domain.RecordDetails;
import io.gongjian.records.application.RecordStore;
import java.util.UUID;

/** Port: where the logged records are kept. */
public interface RecordRepository extends RecordStore<RecordDetails> {

    /** How many conversions of an achievement are not revoked. */
    long activeConversionsOf(UUID achievementId);
}
