package io.gongjian.activity.domain;

import io.gongjian.events.ActivityEvent;
import io.gongjian.records.domain.Details;
import io.gongjian.records.domain.VersionedRecord;

/** What a logged record says, with its business date: the date the evaluation counts it on. */
public sealed interface RecordDetails extends Details
        permits ActivityDetails, ExchangeDetails, AchievementDetails, ConversionDetails {

    /** The type code lists filter on: the activity's, exchange's or achievement's type, the conversion's form. */
    String typeCode();

    @Override
    RecordKind recordKind();

    /** The record's full current state as the event contract publishes it (and the history compares it). */
    ActivityEvent toEvent(VersionedRecord<?> record);
}
