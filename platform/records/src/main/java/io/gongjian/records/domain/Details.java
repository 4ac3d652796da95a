package io.gongjian.records.domain;

import java.time.LocalDate;

/** What a versioned record says; each kind checks its own rules. */
public interface Details {

    /** Which kind of record says this. */
    Kind recordKind();

    /** The date the evaluation places it by (occurredOn, assessedOn, …); lists filter and sort on it. */
    LocalDate businessDate();
}
