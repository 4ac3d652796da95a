package io.gongjian.commons.domain;

import java.util.Map;

/** The change was based on an older version than the stored one (HTTP 412). */
public final class StaleVersion extends DomainException {

    /** Refuses a change based on another version than the stored one. */
    public static void check(long expected, long current) {
        if (expected != current) {
            throw new StaleVersion(expected, current);
        }
    }

    public StaleVersion(long expected, long current) {
        super("If-Match", Message.of("stale-version", expected, current), Map.of("currentVersion", current));
    }
}
