package io.gongjian.evaluation.application;

/** Which warnings a list holds: those still open, those ended, or all of them. */
public enum WarningState {
    OPEN,
    ENDED,
    ALL
}
