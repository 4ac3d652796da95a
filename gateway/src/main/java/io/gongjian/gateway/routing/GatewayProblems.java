package io.gongjian.gateway.routing;

import io.gongjian.commons.api.ProblemDetail;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/** Answers the gateway gives itself, as problem+json like every service's, with the request's correlation id. */
public final class GatewayProblems {

    private GatewayProblems() {}

    public static void send(RoutingContext context, ProblemDetail problem, Map<String, String> headers) {
        RequestIds.of(context);
        var response = context.response();
        if (response.headWritten()) {
            context.request().connection().close(); // too late for a problem document: cut the answer short
            return;
        }
        response.setStatusCode(problem.status()).putHeader("Content-Type", ProblemDetail.MEDIA_TYPE);
        headers.forEach(response::putHeader);
        response.end(Json.encode(problem));
    }

    public static void send(RoutingContext context, ProblemDetail problem) {
        send(context, problem, Map.of());
    }

    /** A backend that could not answer: names the service, so that operators know where to look. */
    public static ProblemDetail backendFailure(int status, String service, String title, String detail, String path) {
        return ProblemDetail.of(status, "backend-unavailable", title, detail, path)
                .withExtensions(Map.of("service", service));
    }
}
