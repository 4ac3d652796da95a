package io.gongjian.evaluation.domain;

/** Why an endpoint receives nothing: its registrant turned it off, or every attempt failed for too long. */
public enum WebhookDisabledReason {
    MANUAL,
    SUSTAINED_FAILURE
}
