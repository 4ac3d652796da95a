package io.gongjian.gateway.routing;

import io.gongjian.commons.api.ProblemDetail;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
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
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Routes each configured path prefix to its backend: token checked, rate limited, body size capped, then streamed
 * both ways (never buffered whole). Status, headers and bodies pass unchanged, except hop-by-hop headers and a
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
                for (String path : new String[] {prefix, prefix + "/*"}) {
                    router.route(path)
                            .handler(EdgeAuthentication::requireToken)
                            .handler(rateLimiter::limit)
                            .handler(this::limitBodySize)
                            .handler(context -> forward(context, backend));
                }
                LOG.infof("Routing %s/** to %s (%s)", prefix, name, backend.url());
            }
        });
    }

    HttpClient client() {
        return client;
    }

    private void limitBodySize(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long declared = length == null ? 0 : parseLength(length);
        if (declared > config.maxBodyBytes()) {
            GatewayProblems.send(
                    context,
                    ProblemDetail.of(
                            413,
                            "payload-too-large",
                            "Request body too large",
                            "the body has " + declared + " bytes; at most " + config.maxBodyBytes() + " are accepted",
                            context.request().path()));
            return;
        }
        context.next();
    }

    private void forward(RoutingContext context, GatewayConfig.Backend backend) {
        HttpServerRequest request = context.request();
        request.pause(); // the body flows to the backend once the connection is there, not into memory
        String requestId = RequestIds.of(context);
        RequestOptions options = Backends.to(backend)
                .setMethod(request.method())
                .setURI(request.uri())
                .setIdleTimeout(config.responseTimeout().toMillis());
        MultiMap headers = options.getHeaders() == null ? MultiMap.caseInsensitiveMultiMap() : options.getHeaders();
        copyEndToEnd(request.headers(), headers);
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
                .compose(outgoing -> outgoing.send(request))
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
        ProblemDetail problem;
        if (failure instanceof TimeoutException
                || failure.getClass().getSimpleName().contains("Timeout")) {
            problem = GatewayProblems.backendFailure(
                    504,
                    backend.title(),
                    "Service timed out",
                    "the " + backend.title() + " did not answer within "
                            + config.responseTimeout().toSeconds() + " s",
                    path);
        } else if (failure instanceof ConnectException
                || failure instanceof UnknownHostException
                || failure.getCause() instanceof ConnectException) {
            problem = GatewayProblems.backendFailure(
                    503,
                    backend.title(),
                    "Service unavailable",
                    "the " + backend.title() + " cannot be reached at the moment; try again shortly",
                    path);
        } else {
            problem = GatewayProblems.backendFailure(
                    502,
                    backend.title(),
                    "Bad gateway",
                    "the " + backend.title() + " broke off the exchange: " + failure.getMessage(),
                    path);
        }
        LOG.warnf("%s %s → %d (%s): %s", context.request().method(), path, problem.status(), backend.title(), failure);
        GatewayProblems.send(
                context, problem, problem.status() == 503 ? java.util.Map.of("Retry-After", "5") : java.util.Map.of());
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

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
