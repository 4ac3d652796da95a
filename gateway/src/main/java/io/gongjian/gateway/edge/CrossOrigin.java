package io.gongjian.gateway.edge;

import io.gongjian.commons.api.ProblemDetail;
import io.gongjian.commons.domain.Message;
import io.gongjian.gateway.routing.GatewayConfig;
import io.gongjian.gateway.routing.GatewayProblems;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CORS for the platform's web origins ({@code gateway.web-origins}, the list the realm's public client allows too).
 * Preflights are answered here, before the token check (a browser sends none with them); a request from another
 * origin, or a preflight asking for a method or header the API does not take, is refused with 403 problem+json.
 * No credentials: tokens travel as bearer headers, never cookies.
 */
@ApplicationScoped
public class CrossOrigin {

    /** Where Quarkus's own CORS filter would sit: after the screen (-500), before authentication (-200). */
    static final int ORDER = -300;

    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    static final List<String> REQUEST_HEADERS = List.of(
            "Authorization",
            "Content-Type",
            "If-Match",
            "If-None-Match",
            "X-Request-Id",
            "Accept",
            "Accept-Language",
            "Idempotency-Key",
            "Gongjian-Consistency");
    private static final String EXPOSED_HEADERS =
            "ETag,Location,Retry-After,X-Request-Id,WWW-Authenticate,Idempotent-Replayed,Gongjian-Consistency";
    private static final String MAX_AGE_SECONDS = "3600";
    private static final Set<String> ALLOWED_REQUEST_HEADERS =
            REQUEST_HEADERS.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    @Inject
    GatewayConfig config;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            context.next();
            return;
        }
        var response = context.response();
        response.headers().add(HttpHeaders.VARY, "Origin");
        if (config.webOrigins().stream().map(String::strip).noneMatch(origin::equals)) {
            refuse(context, Message.of("cross-origin.origin", origin));
            return;
        }
        String method = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (request.method() != HttpMethod.OPTIONS || method == null) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
            context.next();
            return;
        }
        if (!METHODS.contains(method)) {
            refuse(context, Message.of("cross-origin.method", method, String.join(", ", METHODS)));
            return;
        }
        List<String> unknown = unknownHeaders(request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS));
        if (!unknown.isEmpty()) {
            refuse(
                    context,
                    Message.of("cross-origin.headers", String.join(", ", unknown), String.join(", ", REQUEST_HEADERS)));
            return;
        }
        response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, String.join(",", METHODS))
                .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, String.join(",", REQUEST_HEADERS))
                .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE_SECONDS)
                .setStatusCode(200)
                .end();
    }

    private static List<String> unknownHeaders(String requested) {
        List<String> unknown = new ArrayList<>();
        if (requested != null) {
            Arrays.stream(requested.split(","))
                    .map(String::strip)
                    .filter(name -> !name.isEmpty())
                    .filter(name -> !ALLOWED_REQUEST_HEADERS.contains(name.toLowerCase(Locale.ROOT)))
                    .forEach(unknown::add);
        }
        return unknown;
    }

    private static void refuse(RoutingContext context, Message detail) {
        GatewayProblems.send(
                context,
                ProblemDetail.of(
                        403, "cross-origin-refused", detail, context.request().path()));
    }
}
