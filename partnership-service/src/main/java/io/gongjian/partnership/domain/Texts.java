package io.gongjian.partnership.domain;

import io.gongjian.commons.domain.RuleViolation;

/** Rules for free text fields. */
final class Texts {

    private Texts() {}

    /** Trimmed, not blank, at most {@code maxLength} characters. */
    static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, field + " is required and cannot be blank");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new RuleViolation(
                    field, field + " has " + trimmed.length() + " characters; at most " + maxLength + " are allowed");
        }
        return trimmed;
    }
}
