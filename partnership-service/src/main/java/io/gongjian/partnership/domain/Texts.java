package io.gongjian.partnership.domain;

import io.gongjian.commons.domain.RuleViolation;

/** Rules for free text fields. */
public final class Texts {

    private Texts() {}

    /** Trimmed, not blank, at most {@code maxLength} characters, no control characters. */
    static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "required.text", field);
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new RuleViolation(field, "text.too-long", field, trimmed.length(), maxLength);
        }
        return printable(field, trimmed);
    }

    /**
     * Refuses control characters other than tab and line breaks (a NUL cannot even be stored by PostgreSQL);
     * {@code null} passes.
     */
    public static String printable(String field, String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new RuleViolation(field, "text.control-character", field, String.format("%04X", (int) c), i + 1);
            }
        }
        return value;
    }
}
