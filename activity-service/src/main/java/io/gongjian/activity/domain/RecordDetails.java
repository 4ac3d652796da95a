package io.gongjian.activity.domain;

import io.gongjian.events.ActivityEvent;
import io.gongjian.events.CoConstructionMode;
import io.gongjian.records.domain.Details;
import io.gongjian.records.domain.VersionedRecord;
import java.util.UUID;

/** What a logged record says, with its business date: the date the evaluation counts it on. */
public sealed interface RecordDetails extends Details
        permits ActivityDetails, ExchangeDetails, AchievementDetails, ConversionDetails, FacilityDetails {

    /** The type code lists filter on: the type of an activity, exchange or achievement, a conversion's form, a facility's kind. */
    String typeCode();

    @Override
    RecordKind recordKind();

    /** Activities and facilities: the co-construction mode they serve; others: {@code null}. */
    default CoConstructionMode mode() {
        return null;
    }

    /** Activities and exchanges: the joint facility where it took place, if they name one; others: {@code null}. */
    default UUID facilityId() {
        return null;
    }

    /** The record's full current state as the event contract publishes it (and the history compares it). */
    ActivityEvent toEvent(VersionedRecord<?> record);
}
