package io.gongjian.gateway.routing;

import io.gongjian.commons.api.ProblemDetail;
import io.gongjian.commons.api.RoutingProblems;
import io.gongjian.commons.domain.Message;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Map;

/** Answers the gateway gives itself, as problem+json like every service's, with the request's correlation id. */
public final class GatewayProblems {

    private GatewayProblems() {}

    /** Written by commons' one writer of problem documents, once the answer carries the correlation id. */
    public static void send(RoutingContext context, ProblemDetail problem, Map<String, String> headers) {
        RequestIds.of(context);
        RoutingProblems.send(context, problem, headers);
    }

    public static void send(RoutingContext context, ProblemDetail problem) {
        send(context, problem, Map.of());
    }

    /**
     * For a refusal while the client may still be sending a body the gateway will not read: the answer, then the
     * connection closed (what is left of the body is never read, so the connection cannot carry another request).
     * An HTTP/2 stream ends with its answer and leaves the connection to the client's other streams: closing it
     * would send GOAWAY over the answer (a body a client sent as it upgraded to h2c arrives whole, within the HTTP
     * layer's limit, which the upload cap raised above the body cap).
     */
    public static void sendAndClose(RoutingContext context, ProblemDetail problem) {
        if (context.request().version() == HttpVersion.HTTP_2) {
            send(context, problem);
            return;
        }
        context.response().endHandler(ended -> context.request().connection().close());
        send(context, problem, Map.of("Connection", "close"));
    }

    /** A backend that could not answer: names the service, so that operators know where to look. */
    public static ProblemDetail backendFailure(int status, String service, Message title, Message detail, String path) {
        return ProblemDetail.of(status, "backend-unavailable", title, detail, path)
                .withExtensions(Map.of("service", service));
    }

    /** A request body over the cap, whether announced in Content-Length or counted as it arrived. */
    public static ProblemDetail bodyTooLarge(Message size, long maxBytes, String path) {
        return ProblemDetail.of(413, "payload-too-large", Message.of("gateway.body-too-large", size, maxBytes), path);
    }

    /** An error status with no more specific problem: its reason phrase as the title, and what happened. */
    public static ProblemDetail ofStatus(int status, Message detail, String path) {
        String title = HttpResponseStatus.valueOf(status).reasonPhrase();
        String kind = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        // HTTP's own reason phrase as the title, in English as HTTP says it.
        return ProblemDetail.of(status, kind, Message.of("verbatim", title), detail, path);
    }
}
