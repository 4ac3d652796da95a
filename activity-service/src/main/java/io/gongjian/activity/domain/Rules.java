package io.gongjian.activity.domain;

import io.gongjian.commons.domain.RuleViolation;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

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

    static int between(String field, Integer value, int minimum, int maximum) {
        atLeast(field, value, minimum);
        if (value > maximum) {
            throw new RuleViolation(field, field + " can be at most " + maximum + ", not " + value);
        }
        return value;
    }

    /** An immutable copy of {@code values} ({@code null} is none), of at most {@code maxItems}. */
    static <T> List<T> list(String field, List<T> values, int maxItems) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > maxItems) {
            throw new RuleViolation(
                    field, field + " has " + values.size() + " entries; at most " + maxItems + " are allowed");
        }
        for (int i = 0; i < values.size(); i++) {
            required(field + "[" + i + "]", values.get(i));
        }
        return List.copyOf(values);
    }

    /** Evidence links: at most {@link Limits#EVIDENCE_LINKS} http(s) links of at most {@link Limits#LINK} characters. */
    static List<String> webLinks(String field, List<String> links) {
        List<String> checked = list(field, links, Limits.EVIDENCE_LINKS);
        for (int i = 0; i < checked.size(); i++) {
            requireWebLink(field + "[" + i + "]", checked.get(i));
        }
        return checked;
    }

    /**
     * An amount in 10k CNY (万元): required, not negative, within {@link Limits#OUTPUT_VALUE}, to the yuan.
     *
     * @param what the amount in words ("the output value")
     * @param per what one amount is of ("per conversion")
     */
    static BigDecimal tenThousandYuan(String field, String what, BigDecimal value, String per) {
        required(field, value);
        if (value.signum() < 0) {
            throw new RuleViolation(field, what + " (10k CNY) cannot be negative");
        }
        if (value.compareTo(new BigDecimal(Limits.OUTPUT_VALUE)) > 0) {
            throw new RuleViolation(
                    field,
                    what + " is given in 10k CNY (万元); at most " + Limits.OUTPUT_VALUE + " (100亿元) " + per + ", not "
                            + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > Limits.OUTPUT_VALUE_DECIMALS) {
            throw new RuleViolation(
                    field,
                    what + " (10k CNY) has at most " + Limits.OUTPUT_VALUE_DECIMALS + " decimal places (one yuan), not "
                            + value.toPlainString());
        }
        return value;
    }

    /** A measure above zero, at most {@code maximum} {@code unit}, with at most {@code decimals} decimal places. */
    static BigDecimal positive(String field, BigDecimal value, int maximum, int decimals, String unit) {
        if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(maximum)) > 0) {
            throw new RuleViolation(
                    field,
                    field + " must be above 0 and at most " + maximum + " " + unit + ", not " + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > decimals) {
            throw new RuleViolation(
                    field, field + " has at most " + decimals + " decimal places, not " + value.toPlainString());
        }
        return value;
    }

    private static void requireWebLink(String field, String link) {
        if (link.length() > Limits.LINK) {
            throw new RuleViolation(
                    field, field + " has " + link.length() + " characters; at most " + Limits.LINK + " are allowed");
        }
        try {
            URI uri = new URI(link);
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException | NullPointerException e) {
            // reported below
        }
        throw new RuleViolation(
                field, "'" + link + "' is not an http(s) link to the evidence (minutes, photos, sign-in sheet)");
    }
}
