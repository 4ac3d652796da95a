package io.gongjian.evaluation.domain;

/** A withdrawn input stays readable and no longer counts. */
public enum InputStatus {
    ACTIVE,
    WITHDRAWN
}
