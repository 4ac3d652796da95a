package io.gongjian.gateway.routing;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of a request: the caller's {@code X-Request-Id} when it sent a sensible one, a new one
 * otherwise. Forwarded to the service, returned in the response, written in the access logs of both.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String KEY = "gongjian.request-id";
    /** Whatever a caller sends is echoed into logs: keep it short and printable. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {}

    public static String of(RoutingContext context) {
        String id = context.get(KEY);
        if (id == null) {
            String sent = context.request().getHeader(HEADER);
            id = sent != null && ACCEPTABLE.matcher(sent).matches()
                    ? sent
                    : UUID.randomUUID().toString();
            context.put(KEY, id);
            context.response().putHeader(HEADER, id);
        }
        return id;
    }
}
