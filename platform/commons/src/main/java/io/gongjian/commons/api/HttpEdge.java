package io.gongjian.commons.api;

import io.gongjian.commons.domain.Message;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Errors the HTTP server raises itself, before or outside JAX-RS (no route for a path, too long an address, too
 * large headers, a failure in a plain Vert.x route), answered as problem documents like every other error of the
 * platform. A request line or header block beyond the HTTP server's own limits is still answered by the server
 * with a bare status: those limits are set well above {@link HttpLimits} so that only pathological requests get it.
 */
@ApplicationScoped
public class HttpEdge {

    private static final Logger LOG = Logger.getLogger(HttpEdge.class);

    /** What Vert.x Web answers by itself when no route takes a request, or a route fails with a bare status. */
    private static final List<Integer> ROUTER_STATUSES = List.of(400, 404, 405, 406, 413, 414, 415, 431, 500, 501, 503);

    /** First of all routes but a failure handler a module may put at the very start (the gateway's). */
    private static final int FIRST = Integer.MIN_VALUE + 1;

    private static final int SHOWN_PATH = 200;

    @Inject
    HttpLimits limits;

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(this::refuseOversizedRequests);
        router.route().order(FIRST).failureHandler(HttpEdge::answerFailure);
        ROUTER_STATUSES.forEach(status -> router.errorHandler(status, context -> answerStatus(context, status)));
    }

    private void refuseOversizedRequests(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > limits.maxUriLength()) {
            RoutingProblems.send(
                    context,
                    ProblemDetail.of(
                            414,
                            "uri-too-long",
                            Message.of("uri-too-long.limit", request.uri().length(), limits.maxUriLength()),
                            instance(context)),
                    Map.of());
            return;
        }
        int headerSize = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerSize += header.getKey().length() + header.getValue().length();
        }
        if (headerSize > limits.maxHeaderSize()) {
            RoutingProblems.send(
                    context,
                    ProblemDetail.of(
                            431,
                            "headers-too-large",
                            Message.of("headers-too-large.limit", headerSize, limits.maxHeaderSize()),
                            instance(context)),
                    Map.of());
            return;
        }
        context.next();
    }

    private static void answerFailure(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        Throwable failure = context.failure();
        Optional<Outage> outage = failure == null ? Optional.empty() : Outage.of(failure);
        if (outage.isPresent()) {
            RoutingProblems.send(
                    context,
                    HttpProblems.unavailable(outage.get(), instance(context)),
                    Map.of("Retry-After", Integer.toString(outage.get().retryAfterSeconds())));
        } else if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            RoutingProblems.send(
                    context, ProblemDetail.unauthenticated(instance(context)), Map.of("WWW-Authenticate", "Bearer"));
        } else if (failure instanceof ForbiddenException) {
            RoutingProblems.send(context, HttpProblems.forbidden(instance(context)), Map.of());
        } else {
            answerStatus(context, context.statusCode() >= 400 ? context.statusCode() : 500);
        }
    }

    private static void answerStatus(RoutingContext context, int status) {
        if (status != 500) {
            RoutingProblems.send(context, HttpProblems.of(status, null, instance(context)), Map.of());
            return;
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(
                context.failure(),
                "Unexpected failure %s on %s %s",
                reference,
                context.request().method(),
                instance(context));
        RoutingProblems.send(context, HttpProblems.internal(reference, instance(context)), Map.of());
    }

    private static String instance(RoutingContext context) {
        String path = context.request().path();
        if (path == null) {
            return "/";
        }
        return path.length() > SHOWN_PATH ? path.substring(0, SHOWN_PATH) + "…" : path;
    }
}
