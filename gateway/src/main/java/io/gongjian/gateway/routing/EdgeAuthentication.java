package io.gongjian.gateway.routing;

import io.gongjian.commons.api.ProblemDetail;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

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
        if (caller(context) != null) {
            context.next();
        } else {
            refuse(context);
        }
    }

    /** The verified caller, or null for an anonymous request. */
    static QuarkusHttpUser caller(RoutingContext context) {
        return context.user() instanceof QuarkusHttpUser user
                        && !user.getSecurityIdentity().isAnonymous()
                ? user
                : null;
    }

    private static void refuse(RoutingContext context) {
        GatewayProblems.send(
                context, ProblemDetail.unauthenticated(context.request().path()), Map.of("WWW-Authenticate", "Bearer"));
    }
}
