package io.gongjian.activity.domain;

import io.gongjian.commons.domain.RuleViolation;

/** Small checks shared by the record details. */
final class Rules {

    private Rules() {}

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new RuleViolation(field, field + " is required");
        }
        return value;
    }

    static String text(String field, String value, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new RuleViolation(field, field + " is required and cannot be blank");
            }
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new RuleViolation(
                    field, field + " has " + trimmed.length() + " characters; at most " + maxLength + " are allowed");
        }
        return trimmed;
    }

    static int atLeast(String field, Integer value, int minimum) {
        required(field, value);
        if (value < minimum) {
            throw new RuleViolation(field, field + " must be at least " + minimum + ", not " + value);
        }
        return value;
    }
}
