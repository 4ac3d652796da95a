package io.gongjian.commons.domain;

import java.util.Map;

/** What the request names existed but is no longer kept, e.g. a change-feed cursor older than the retention (410). */
public final class Gone extends DomainException {

    public Gone(String field, String key, Object... arguments) {
        super(field, Message.of(key, arguments), Map.of());
    }
}
