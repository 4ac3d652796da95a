package io.gongjian.commons.domain;

import java.util.Map;

/** The caller may see the record but not do this to it (HTTP 403). */
public final class Forbidden extends DomainException {

    public Forbidden(String message) {
        super(null, message, Map.of());
    }
}
