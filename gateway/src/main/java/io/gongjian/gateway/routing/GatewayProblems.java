package io.gongjian.gateway.routing;

import io.gongjian.commons.api.ProblemDetail;
import io.gongjian.commons.api.RoutingProblems;
import io.gongjian.commons.domain.Message;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Map;

/** Answers the gateway gives itself, as problem+json like every service's, with the request's correlation id. */
public final class GatewayProblems {

    /** How much of a refused body is read and dropped at most before the connection closes. */
    private static final long DRAINED_BYTES = 1 << 20;

    /** How long a refused body is read and dropped at most before the connection closes. */
    private static final long DRAIN_MILLIS = 2_000;

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

    /**
     * A refused body (413): answered like {@link #sendAndClose}, but the rest of the body is read and dropped, up to
     * {@link #DRAINED_BYTES} and for {@link #DRAIN_MILLIS} at most, before the connection closes. A client that
     * writes its whole body before it reads (most do) then finds the answer; closed on unread bytes, the connection
     * would be reset under it and the client would report a broken pipe instead of the 413.
     */
    public static void refuseBody(RoutingContext context, ProblemDetail problem) {
        HttpServerRequest request = context.request();
        if (request.version() == HttpVersion.HTTP_2 || request.isEnded()) {
            sendAndClose(context, problem);
            return;
        }
        Runnable close = () -> {
            if (context.response().ended()) {
                request.connection().close();
            }
        };
        long[] dropped = {0};
        request.handler(chunk -> {
            dropped[0] += chunk.length();
            if (dropped[0] > DRAINED_BYTES) {
                close.run();
            }
        });
        request.endHandler(ended -> close.run());
        context.vertx().setTimer(DRAIN_MILLIS, fired -> close.run());
        context.response().endHandler(ended -> {
            if (request.isEnded()) {
                request.connection().close();
            }
        });
        request.resume();
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
