package io.gongjian.gateway.routing;

import io.gongjian.commons.api.RequestLogContext;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/**
 * The correlation id of a request: the caller's {@code X-Request-Id} when it sent a sensible one, a new one
 * otherwise. Forwarded to the service, returned in the response, written in the access logs and log lines of both
 * and on the request's span (the alias of its trace that users see).
 */
public final class RequestIds {

    public static final String HEADER = RequestLogContext.HEADER;
    private static final String KEY = "gongjian.request-id";

    private RequestIds() {}

    public static String of(RoutingContext context) {
        String id = context.get(KEY);
        if (id == null) {
            String sent = context.request().getHeader(HEADER);
            id = RequestLogContext.acceptable(sent) ? sent : UUID.randomUUID().toString();
            context.put(KEY, id);
            RequestLogContext.name(id);
            context.response().putHeader(HEADER, id);
        }
        return id;
    }
}
