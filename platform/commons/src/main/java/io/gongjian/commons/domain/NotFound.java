package io.gongjian.commons.domain;

import java.util.Map;

/** Nothing there, or nothing the caller may see: both look the same from outside (HTTP 404). */
public final class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        super(null, what + " " + id + " does not exist", Map.of());
    }
}
