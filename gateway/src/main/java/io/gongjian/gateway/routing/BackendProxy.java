package io.gongjian.gateway.routing;

import io.gongjian.commons.api.ProblemDetail;
import io.gongjian.commons.domain.Message;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Routes each configured path prefix to its backend, and the imports by their record kind ({@link ImportDispatch}):
 * labelled with its route template, token checked, rate
 * limited, body read within the cap (see {@link RequestBodyReader}), then sent on; the answer is streamed back
 * (never buffered whole). Status, headers and bodies pass unchanged, except hop-by-hop headers and a
 * {@code Location} that names the backend, which is given the gateway's address. A backend that is down, fails
 * or stays silent past the timeout gives 503, 502 or 504 problem+json naming the service.
 */
@ApplicationScoped
public class BackendProxy {

    private static final Logger LOG = Logger.getLogger(BackendProxy.class);

    /** RFC 9110 7.6.1: meaningful for one connection only. */
    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "keep-alive",
            "proxy-authenticate",
            "proxy-authorization",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade",
            "host");

    @Inject
    GatewayConfig config;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    RequestBodyReader bodies;

    @Inject
    ImportDispatch imports;

    private HttpClient client;

    void register(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setKeepAlive(true)
                        .setDecompressionSupported(false),
                new PoolOptions().setHttp1MaxSize(64));
        config.backends().forEach((name, backend) -> {
            for (String prefix : backend.prefixes()) {
                // The exact path first: "/prefix/*" would match it too.
                route(router, prefix, prefix, context -> forward(context, backend));
                route(router, prefix + "/*", prefix + "/**", context -> forward(context, backend));
                LOG.infof("Routing %s/** to %s (%s)", prefix, name, backend.url());
            }
        });
        if (imports.routed()) {
            String path = ImportDispatch.PATH;
            Handler<RoutingContext> byKind =
                    context -> imports.backendOf(context).ifPresent(backend -> forward(context, backend));
            route(router, path, path, byKind);
            route(router, path + "/*", path + "/**", byKind);
            LOG.infof("Routing %s/** by record kind", path);
        }
    }

    private void route(Router router, String path, String template, Handler<RoutingContext> last) {
        router.route(path)
                .handler(context -> RouteTemplates.label(context, template))
                .handler(EdgeAuthentication::requireToken)
                .handler(rateLimiter::limit)
                .handler(bodies::read)
                .handler(last);
    }

    HttpClient client() {
        return client;
    }

    private void forward(RoutingContext context, GatewayConfig.Backend backend) {
        HttpServerRequest request = context.request();
        Buffer body = RequestBodyReader.of(context);
        String requestId = RequestIds.of(context);
        RequestOptions options = Backends.to(backend)
                .setMethod(request.method())
                .setURI(request.uri())
                .setIdleTimeout(config.responseTimeout().toMillis());
        MultiMap headers = options.getHeaders() == null ? MultiMap.caseInsensitiveMultiMap() : options.getHeaders();
        copyEndToEnd(request.headers(), headers);
        if (body != null) {
            headers.set(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length()));
        }
        headers.set(RequestIds.HEADER, requestId);
        headers.set(
                "X-Forwarded-Host",
                request.authority() == null ? "" : request.authority().toString());
        headers.set("X-Forwarded-Proto", request.scheme());
        headers.add(
                "X-Forwarded-For",
                request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress());
        options.setHeaders(headers);
        client.request(options)
                .compose(outgoing -> body == null ? outgoing.send() : outgoing.send(body))
                .onSuccess(response -> relay(context, response, backend))
                .onFailure(failure -> fail(context, backend, failure));
    }

    private void relay(RoutingContext context, HttpClientResponse response, GatewayConfig.Backend backend) {
        var answer = context.response();
        answer.setStatusCode(response.statusCode()).setStatusMessage(response.statusMessage());
        copyEndToEnd(response.headers(), answer.headers());
        String location = response.getHeader(HttpHeaders.LOCATION);
        if (location != null) {
            answer.putHeader(HttpHeaders.LOCATION, gatewayAddress(location, context, backend));
        }
        answer.putHeader(RequestIds.HEADER, RequestIds.of(context));
        answer.send(response).onFailure(failure -> {
            // Headers are gone already: all that is left is to stop the answer where it broke.
            LOG.debugf("Answer of %s broken off: %s", backend.title(), failure.getMessage());
            context.request().connection().close();
        });
    }

    private void fail(RoutingContext context, GatewayConfig.Backend backend, Throwable failure) {
        String path = context.request().path();
        String service = backend.title();
        ProblemDetail problem =
                switch (BackendFailure.of(failure)) {
                    case TIMED_OUT -> GatewayProblems.backendFailure(
                            504,
                            service,
                            Message.of("gateway.timed-out"),
                            Message.of(
                                    "gateway.timed-out.detail",
                                    service,
                                    config.responseTimeout().toSeconds()),
                            path);
                    case UNREACHABLE -> GatewayProblems.backendFailure(
                            503,
                            service,
                            Message.of("problem.unavailable"),
                            Message.of("gateway.unreachable", service),
                            path);
                    case BROKE_OFF -> GatewayProblems.backendFailure(
                            502,
                            service,
                            Message.of("gateway.broke-off"),
                            Message.of("gateway.broke-off.detail", service),
                            path);
                };
        LOG.warnf("%s %s → %d (%s): %s", context.request().method(), path, problem.status(), service, failure);
        GatewayProblems.send(context, problem, problem.status() == 503 ? Map.of("Retry-After", "5") : Map.of());
    }

    /** A Location naming the backend is rewritten to the address the caller used. */
    private static String gatewayAddress(String location, RoutingContext context, GatewayConfig.Backend backend) {
        URI target = URI.create(location);
        if (!target.isAbsolute()) {
            return location;
        }
        URI origin = backend.url();
        boolean namesBackend = target.getHost() != null
                && target.getHost().equalsIgnoreCase(origin.getHost())
                && effectivePort(target) == effectivePort(origin);
        if (!namesBackend) {
            return location;
        }
        HttpServerRequest request = context.request();
        String authority = request.authority() == null
                ? origin.getAuthority()
                : request.authority().toString();
        return request.scheme() + "://" + authority + target.getRawPath()
                + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
    }

    private static int effectivePort(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }

    private static void copyEndToEnd(MultiMap from, MultiMap to) {
        from.forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }
}
