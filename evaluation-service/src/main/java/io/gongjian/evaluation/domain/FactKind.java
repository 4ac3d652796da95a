package io.gongjian.evaluation.domain;

/** The kinds of record the activity context publishes. */
public enum FactKind {
    ACTIVITY,
    EXCHANGE,
    ACHIEVEMENT,
    CONVERSION
}
