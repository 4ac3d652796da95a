package io.gongjian.records.domain;

/** A kind of versioned record (an activity, an assessment, …): how it is named and how it is taken back. */
public interface Kind {

    /** As stored and filtered on, e.g. {@code ACTIVITY}. */
    String name();

    /** As messages and the change history name it, e.g. {@code survey batch}. */
    String label();

    Closing closing();
}
