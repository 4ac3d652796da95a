package io.gongjian.commons.api;

import io.gongjian.commons.domain.DomainException;
import io.gongjian.commons.domain.Message;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads query parameters that JAX-RS would answer with 404 when unreadable: a bad filter value is the caller's
 * mistake (400), and the answer names the parameter and what it accepts.
 */
public final class QueryParameters {

    private QueryParameters() {}

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new Unreadable(
                    name,
                    Message.of(
                            "parameter.not-one-of",
                            "'" + value + "'",
                            name,
                            Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", "))));
        }
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new Unreadable(name, Message.of("parameter.not-a-uuid", "'" + value + "'", name));
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return CalendarDates.parse(value.strip());
        } catch (CalendarDates.NotADate e) {
            throw new Unreadable(name, Message.of("field-says", name, e.reason()));
        }
    }

    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new Unreadable(name, Message.of("parameter.not-a-whole-number", "'" + value + "'", name));
        }
    }

    /** HTTP 400: a query parameter that cannot be read. */
    public static final class Unreadable extends DomainException {
        public Unreadable(String parameter, Message reason) {
            super(parameter, reason, Map.of());
        }
    }
}
