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
     * @param messages the catalogue's keys for this amount: {@code messages.negative}, {@code .too-large},
     *     {@code .decimals}
     */
    static BigDecimal tenThousandYuan(String field, BigDecimal value, String messages) {
        required(field, value);
        if (value.signum() < 0) {
            throw new RuleViolation(field, messages + ".negative");
        }
        if (value.compareTo(new BigDecimal(Limits.OUTPUT_VALUE)) > 0) {
            throw new RuleViolation(field, messages + ".too-large", Limits.OUTPUT_VALUE, value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > Limits.OUTPUT_VALUE_DECIMALS) {
            throw new RuleViolation(field, messages + ".decimals", Limits.OUTPUT_VALUE_DECIMALS, value.toPlainString());
        }
        return value;
    }

    /** A measure above zero, at most {@code maximum} {@code unit}, with at most {@code decimals} decimal places. */
    static BigDecimal positive(String field, BigDecimal value, int maximum, int decimals, String unit) {
        if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(maximum)) > 0) {
            throw new RuleViolation(field, "number.positive-at-most", field, maximum, unit, value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > decimals) {
            throw new RuleViolation(field, "number.decimals", field, decimals, value.toPlainString());
        }
        return value;
    }

    private static void requireWebLink(String field, String link) {
        if (link.length() > Limits.LINK) {
            throw new RuleViolation(field, "text.too-long", field, link.length(), Limits.LINK);
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
        throw new RuleViolation(field, "activity.not-a-link", "'" + link + "'");
    }
}
