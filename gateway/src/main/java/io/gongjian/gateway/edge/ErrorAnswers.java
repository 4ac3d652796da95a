package io.gongjian.gateway.edge;

import io.gongjian.commons.domain.Message;
import io.gongjian.gateway.routing.GatewayProblems;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Whatever Vert.x Web or a handler fails with becomes problem+json: a 400 for a request it cannot route (no valid
 * Host header, say), a 500 for a bug, logged with a reference and told without internals. Token failures are
 * answered first, by {@code EdgeAuthentication}; a path nothing serves gets its 404 from the REST layer's one
 * problem mapping (platform/commons). What the HTTP decoder itself refuses (a request line or header block that is
 * not HTTP) never reaches a handler: Quarkus offers no hook for it (quarkusio/quarkus#55082), so it gets the decoder's
 * bare 400 and the connection closed.
 */
@ApplicationScoped
public class ErrorAnswers {

    private static final Logger LOG = Logger.getLogger(ErrorAnswers.class);

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).failureHandler(this::failed);
    }

    private void failed(RoutingContext context) {
        int status = context.statusCode() >= 400 ? context.statusCode() : 500;
        Message detail;
        if (status >= 500) {
            String reference = UUID.randomUUID().toString();
            LOG.errorf(
                    context.failure(),
                    "%s %s failed (reference %s)",
                    context.request().method(),
                    context.request().path(),
                    reference);
            detail = Message.of("gateway.failed", reference);
        } else {
            detail = Message.of("gateway.unroutable");
        }
        GatewayProblems.send(
                context,
                GatewayProblems.ofStatus(status, detail, context.request().path()));
    }
}
