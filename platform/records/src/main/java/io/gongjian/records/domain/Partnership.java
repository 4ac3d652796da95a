package io.gongjian.records.domain;

/** What the record slice needs of the partnership a record belongs to, as a service knows it from events. */
public interface Partnership {

    /** Where it is: region-bound callers see its records. */
    String regionCode();
}
