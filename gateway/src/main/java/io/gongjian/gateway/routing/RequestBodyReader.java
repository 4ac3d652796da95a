package io.gongjian.gateway.routing;

import io.gongjian.commons.api.ProblemDetail;
import io.gongjian.commons.domain.Message;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads a request's body whole before a backend connection is taken. Bytes are counted as they arrive, announced in
 * Content-Length or sent in chunks: past {@code gateway.max-body-bytes} (a spreadsheet upload:
 * {@code gateway.max-upload-bytes}) the caller gets 413 and the backend nothing.
 * A client that leaves its announced body unsent for {@code gateway.request-body-timeout} gets 408, and holds no
 * backend connection meanwhile. Bodies are small (the largest API request is a few kB; an upload at most some
 * MiB), so holding one in memory is cheaper than letting a slow client hold a connection of the backend's pool.
 */
@ApplicationScoped
public class RequestBodyReader {

    private static final String KEY = "gongjian.request-body";

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    /** The body read by {@link #read}, or {@code null} when the request had none. */
    static Buffer of(RoutingContext context) {
        return context.get(KEY);
    }

    /**
     * Route handler: reads the body, then lets the request on; or answers 413 or 408. Whatever the headers say: an
     * HTTP/2 request has a body without announcing its length, an HTTP/1.1 one in chunks.
     */
    void read(RoutingContext context) {
        if (context.request().isEnded()) {
            context.next();
            return;
        }
        new Reading(context).start();
    }

    /** One body on its way in: the bytes so far and the timer that runs out when they stop coming. */
    private final class Reading {
        private final RoutingContext context;
        private final Buffer body = Buffer.buffer();
        private long idleTimer;
        private boolean over;

        Reading(RoutingContext context) {
            this.context = context;
        }

        void start() {
            HttpServerRequest request = context.request();
            request.handler(this::received);
            request.endHandler(ended -> finish(() -> {
                context.put(KEY, body.length() == 0 ? null : body);
                context.next();
            }));
            request.exceptionHandler(
                    failure -> finish(() -> request.connection().close()));
            restartTimer();
            request.resume();
        }

        private void received(Buffer chunk) {
            if (over) {
                return;
            }
            long max = ImportDispatch.maxBodyBytes(config, context.request().path());
            if (body.length() + (long) chunk.length() > max) {
                finish(() -> GatewayProblems.refuseBody(
                        context,
                        GatewayProblems.bodyTooLarge(
                                Message.of("gateway.more-than-bytes", max),
                                max,
                                context.request().path())));
                return;
            }
            body.appendBuffer(chunk);
            restartTimer();
        }

        private void restartTimer() {
            vertx.cancelTimer(idleTimer);
            idleTimer = vertx.setTimer(
                    config.requestBodyTimeout().toMillis(),
                    fired -> finish(() -> {
                        long seconds = config.requestBodyTimeout().toSeconds();
                        GatewayProblems.sendAndClose(
                                context,
                                ProblemDetail.of(
                                        408,
                                        "request-timeout",
                                        Message.of(
                                                "gateway.body-not-received",
                                                seconds > 0
                                                        ? seconds + " s"
                                                        : config.requestBodyTimeout()
                                                                        .toMillis() + " ms",
                                                body.length()),
                                        context.request().path()));
                    }));
        }

        /** The first of end, overflow, timeout and failure decides; the others find the reading over. */
        private void finish(Runnable outcome) {
            if (over) {
                return;
            }
            over = true;
            vertx.cancelTimer(idleTimer);
            outcome.run();
        }
    }
}
