package io.gongjian.commons.domain;

import java.util.Map;

/** The request clashes with the current state, e.g. an illegal lifecycle transition (HTTP 409). */
public final class Conflict extends DomainException {

    public Conflict(String field, String message, Map<String, Object> details) {
        super(field, message, details);
    }
}
