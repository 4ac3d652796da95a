package io.gongjian.evaluation.application;

/** How far a rebuild of the read model got; the last two end it. */
public enum RebuildPhase {
    /** Creating the empty tables the model is built in. */
    PREPARING,
    /** Replaying both topics from their beginning up to their ends when it started, without scoring. */
    REPLAYING,
    /** Folding the figures and scoring every partnership of the model built. */
    SCORING,
    /** Applying the events written since it started, scoring as the live consumers do. */
    CATCHING_UP,
    /** Live consumers wait while the last events are applied and the built model replaces the live one. */
    SWITCHING,
    /** The built model is the live one. */
    SWITCHED,
    /** Stopped by a failure; the live model is as it was, the next rebuild starts from the beginning. */
    FAILED;

    public boolean finished() {
        return this == SWITCHED || this == FAILED;
    }
}
