package io.gongjian.commons.domain;

import java.util.Map;

/**
 * A request the domain refuses, in words a bureau clerk understands. Plain Java: the domain throws it, the
 * API layer turns it into problem+json. {@code field} names the offending input when there is one.
 */
public abstract class DomainException extends RuntimeException {

    private final String field;
    private final Map<String, Object> details;

    protected DomainException(String field, String message, Map<String, Object> details) {
        super(message);
        this.field = field;
        this.details = Map.copyOf(details);
    }

    public String field() {
        return field;
    }

    /** Extra members for the problem document, e.g. the current status and the allowed commands. */
    public Map<String, Object> details() {
        return details;
    }
}
