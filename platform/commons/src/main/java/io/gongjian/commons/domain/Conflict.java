package io.gongjian.commons.domain;

import java.util.Map;

/** The request clashes with the current state, e.g. an illegal lifecycle transition (HTTP 409). */
public final class Conflict extends DomainException {

    public Conflict(String field, Message reason, Map<String, Object> details) {
        super(field, reason, details);
    }

    public Conflict(String field, String key, Object... arguments) {
        this(field, Message.of(key, arguments), Map.of());
    }
}
