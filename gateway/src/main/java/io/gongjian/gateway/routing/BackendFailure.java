package io.gongjian.gateway.routing;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/** How a call to a backend failed: what the caller is told (504, 503, 502) and what the health data says. */
public enum BackendFailure {
    /** Connected, but silent past the timeout. */
    TIMED_OUT,
    /** Nothing listening, or no such host. */
    UNREACHABLE,
    /** The exchange started and broke off. */
    BROKE_OFF;

    public static BackendFailure of(Throwable failure) {
        if (failure instanceof TimeoutException
                || failure.getClass().getSimpleName().contains("Timeout")) {
            return TIMED_OUT;
        }
        if (failure instanceof ConnectException
                || failure instanceof UnknownHostException
                || failure.getCause() instanceof ConnectException) {
            return UNREACHABLE;
        }
        return BROKE_OFF;
    }
}
