package io.gongjian.gateway.routing;

import io.gongjian.commons.api.ProblemDetail;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The token check at the edge. Quarkus verifies a presented bearer token (signature, expiry, issuer) before any
 * route runs; this class answers both failures, a bad token and a missing one, with the same problem+json a
 * service would send, so that such a request never reaches a service.
 */
@ApplicationScoped
public class EdgeAuthentication {

    void registerFailureHandler(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            Throwable failure = context.failure();
            if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
                refuse(context);
            } else {
                context.next();
            }
        });
    }

    /** Lets the request on when it carries a verified token; answers 401 otherwise. */
    static void requireToken(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user
                && !user.getSecurityIdentity().isAnonymous()) {
            context.next();
        } else {
            refuse(context);
        }
    }

    private static void refuse(RoutingContext context) {
        ProblemDetail problem = ProblemDetail.unauthenticated(context.request().path());
        context.response()
                .setStatusCode(401)
                .putHeader("WWW-Authenticate", "Bearer")
                .putHeader("Content-Type", ProblemDetail.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
