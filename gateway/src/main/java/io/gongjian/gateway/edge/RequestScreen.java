package io.gongjian.gateway.edge;

import io.gongjian.commons.api.ProblemDetail;
import io.gongjian.commons.domain.Message;
import io.gongjian.gateway.routing.GatewayConfig;
import io.gongjian.gateway.routing.GatewayProblems;
import io.gongjian.gateway.routing.ImportDispatch;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * What every request must pass before anything else looks at it (after the request target and header limits, 414
 * and 431, which {@code HttpEdge} of platform/commons checks for every service): a declared body within the cap (413; a body sent in chunks is counted as it arrives, see
 * {@code RequestBodyReader}), and a path in canonical form (400, see {@link CanonicalPaths}). Each refusal is
 * problem+json. The HTTP decoder's own limits are set far above these, so that the gateway answers, not the decoder.
 */
@ApplicationScoped
public class RequestScreen {

    /** Before cross-origin checks (-300) and authentication (-200): a refused request costs nothing more. */
    static final int ORDER = -500;

    @Inject
    GatewayConfig config;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::screen);
    }

    private void screen(RoutingContext context) {
        HttpServerRequest request = context.request();
        long declared = declaredBodyBytes(request);
        long max = ImportDispatch.maxBodyBytes(config, request.path());
        if (declared > max) {
            GatewayProblems.refuseBody(
                    context, GatewayProblems.bodyTooLarge(Message.of("gateway.bytes", declared), max, request.path()));
            return;
        }
        Message offence = CanonicalPaths.offence(request.path());
        if (offence != null) {
            GatewayProblems.send(
                    context,
                    ProblemDetail.of(
                            400, "non-canonical-path", Message.of("gateway.non-canonical-path", offence), null));
            return;
        }
        context.next();
    }

    /** The Content-Length the client announced; 0 without one; "unreadable" counts as too large. */
    private static long declaredBodyBytes(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return 0;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
