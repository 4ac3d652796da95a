package io.gongjian.commons.api;

import io.gongjian.commons.domain.Message;
import io.quarkus.oidc.OIDCException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A dependency that is down, told apart from a request that is wrong or a bug: the caller is told to come back
 * (503 with Retry-After), and the service recovers by itself when the dependency returns. Recognised from the
 * failure's causes, whatever wraps them (Hibernate, Agroal, Narayana, the OIDC extension, the Kafka client).
 */
enum Outage {
    DATABASE(5, "unavailable.database", Outage::isDatabaseConnectionFailure),
    TOKEN_ISSUER(10, "unavailable.token-issuer", OIDCException.class::isInstance),
    BROKER(5, "unavailable.broker", Outage::isBrokerUnreachable);

    /**
     * SQL states that mean "no usable connection": class 08 (connection exception), the server shutting down or
     * restarting (57P01–57P03), too many connections (53300).
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private final int retryAfterSeconds;
    private final String detailKey;
    private final Predicate<Throwable> recognises;

    Outage(int retryAfterSeconds, String detailKey, Predicate<Throwable> recognises) {
        this.retryAfterSeconds = retryAfterSeconds;
        this.detailKey = detailKey;
        this.recognises = recognises;
    }

    int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    Message detail() {
        return Message.of(detailKey);
    }

    /** The outage {@code failure} reports, if any of its causes says a dependency is down. */
    static Optional<Outage> of(Throwable failure) {
        return Causes.first(failure, cause -> Arrays.stream(values())
                .filter(outage -> outage.recognises.test(cause))
                .findFirst());
    }

    /**
     * Hibernate's JDBCConnectionException wraps one of these; Agroal's acquisition timeout is a plain SQLException
     * whose only mark is its message.
     */
    private static boolean isDatabaseConnectionFailure(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (!(cause instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
            return true;
        }
        return sql.getMessage() != null
                && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }

    /**
     * A Kafka client's failure that its own documentation calls retriable (a timeout waiting for the broker, no
     * leader for the partition, …). Recognised by class name: commons does not depend on the Kafka client.
     */
    private static boolean isBrokerUnreachable(Throwable cause) {
        for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals("org.apache.kafka.common.errors.RetriableException")) {
                return true;
            }
        }
        return false;
    }
}
