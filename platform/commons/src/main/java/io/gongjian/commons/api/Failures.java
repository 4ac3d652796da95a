package io.gongjian.commons.api;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a failure that goes away by itself from one that will happen again, for code that retries (the event
 * consumers): the same work, tried again later with nothing changed, may succeed.
 */
public final class Failures {

    /**
     * SQL states where PostgreSQL gave up on this transaction, not on its data: serialization failure (40001),
     * deadlock (40P01), lock not available within lock_timeout (55P03), statement cancelled by statement_timeout
     * (57014).
     */
    private static final Set<String> GIVE_UP_STATES = Set.of("40001", "40P01", "55P03", "57014");

    private Failures() {}

    /** A dependency is down ({@link Outage}: database, sign-in service) or the database gave up for a moment. */
    public static boolean isTransient(Throwable failure) {
        return Outage.of(failure).isPresent()
                || Causes.first(
                                failure,
                                cause -> cause instanceof SQLException sql && GIVE_UP_STATES.contains(sql.getSQLState())
                                        ? Optional.of(sql)
                                        : Optional.empty())
                        .isPresent();
    }

    /** The first cause of {@code failure} (itself included) of {@code type}, whatever frameworks wrapped it. */
    public static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
        return Optional.ofNullable(Causes.find(failure, type));
    }
}
