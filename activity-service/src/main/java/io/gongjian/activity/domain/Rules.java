package io.gongjian.activity.domain;

import io.gongjian.commons.domain.RuleViolation;
import java.util.List;

/** Small checks shared by the record details. */
final class Rules {

    private Rules() {}

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new RuleViolation(field, "required", field);
        }
        return value;
    }

    static String text(String field, String value, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new RuleViolation(field, "required.text", field);
            }
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new RuleViolation(field, "text.too-long", field, trimmed.length(), maxLength);
        }
        return trimmed;
    }

    static int atLeast(String field, Integer value, int minimum) {
        required(field, value);
        if (value < minimum) {
            throw new RuleViolation(field, "number.at-least", field, minimum, value);
        }
        return value;
    }

    static int between(String field, Integer value, int minimum, int maximum) {
        atLeast(field, value, minimum);
        if (value > maximum) {
            throw new RuleViolation(field, "number.at-most", field, maximum, value);
        }
        return value;
    }

    /** An immutable copy of {@code values} ({@code null} is none), of at most {@code maxItems}. */
    static <T> List<T> list(String field, List<T> values, int maxItems) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > maxItems) {
            throw new RuleViolation(field, "list.too-long", field, values.size(), maxItems);
        }
        for (int i = 0; i < values.size(); i++) {
            required(field + "[" + i + "]", values.get(i));
        }
        return List.copyOf(values);
    }
}
