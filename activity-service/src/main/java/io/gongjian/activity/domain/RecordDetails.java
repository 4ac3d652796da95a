package io.gongjian.activity.domain;

import java.time.LocalDate;

/** What a record says, with its business date: the date the evaluation counts it on. */
public sealed interface RecordDetails permits ActivityDetails, ExchangeDetails, AchievementDetails, ConversionDetails {

    LocalDate businessDate();

    /** The request field that holds the business date, for error messages. */
    String businessDateField();

    RecordKind kind();
}
