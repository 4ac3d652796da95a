package io.gongjian.commons.domain;

import java.util.Map;

/**
 * A request the domain refuses, in words a bureau clerk understands. Plain Java: the domain throws it, the
 * API layer turns it into problem+json in the caller's language ({@link Message}). {@code field} names the
 * offending input when there is one; the exception's own message is the English text, for logs.
 */
public abstract class DomainException extends RuntimeException {

    private final String field;
    private final transient Message reason;
    private final Map<String, Object> details;

    protected DomainException(String field, Message reason, Map<String, Object> details) {
        super(reason.in(Message.ENGLISH));
        this.field = field;
        this.reason = reason;
        this.details = Map.copyOf(details);
    }

    public String field() {
        return field;
    }

    /** What is wrong, to be said in the caller's language. */
    public Message reason() {
        return reason;
    }

    /** Extra members for the problem document, e.g. the current status and the allowed commands. */
    public Map<String, Object> details() {
        return details;
    }
}
