package io.gongjian.commons.domain;

import java.util.Map;

/** The caller may see the record but not do this to it (HTTP 403). */
public final class Forbidden extends DomainException {

    public Forbidden(String key, Object... arguments) {
        super(null, Message.of(key, arguments), Map.of());
    }
}
