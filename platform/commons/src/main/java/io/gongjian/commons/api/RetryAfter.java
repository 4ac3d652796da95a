package io.gongjian.commons.api;

/**
 * A refusal that the client should send again unchanged, later: its problem carries {@code Retry-After} with the
 * seconds to wait (RFC 9110, 10.2.3).
 */
public interface RetryAfter {

    int retryAfterSeconds();
}
