package io.gongjian.commons.api;

import io.gongjian.commons.domain.DomainException;
import io.gongjian.commons.domain.Message;
import java.util.Map;

/**
 * HTTP 503 with {@code Retry-After}: something this service needs for the request is missing or down, and the
 * request will succeed unchanged once it is back (a font for the PDF reports, say). The {@link Outage}s recognised
 * from a failure's causes need no such exception; this one is thrown by a service that checks first.
 */
public final class Unavailable extends DomainException implements RetryAfter {

    private final int retryAfterSeconds;

    public Unavailable(String field, Message reason, Map<String, Object> details, int retryAfterSeconds) {
        super(field, reason, details);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
