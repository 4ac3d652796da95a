package io.gongjian.gateway.routing;

import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;

/**
 * Labels a request's metrics with the route it took ({@code /api/v1/partnerships/**}) rather than its raw path,
 * which carries ids: one {@code uri} value per route, however many ids pass. Quarkus's HTTP metrics (and tracing)
 * read the template from the request's context under this key, as they do for a REST endpoint's path template.
 */
final class RouteTemplates {

    private static final String KEY = "UrlPathTemplate";

    private RouteTemplates() {}

    static void label(RoutingContext context, String template) {
        ((HttpServerRequestInternal) context.request()).context().putLocal(KEY, template);
        context.next();
    }
}
