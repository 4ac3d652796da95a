package io.gongjian.commons.api;

import io.gongjian.commons.domain.Message;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * Problem documents for the answers HTTP itself gives (no such resource, wrong method or media type, too long a
 * request, a dependency down), whether JAX-RS or the HTTP server raised them: the same words either way.
 */
final class HttpProblems {

    /** The statuses whose problem is always the same, by kind: {@code problem.<kind>} and {@code <kind>.detail}. */
    private static final Map<Integer, String> KINDS = Map.of(
            405, "method-not-allowed",
            406, "not-acceptable",
            413, "payload-too-large",
            414, "uri-too-long",
            431, "headers-too-large");

    private HttpProblems() {}

    /** @param message what the raiser said, used only where it carries no internals (a plain 400) */
    static ProblemDetail of(int status, String message, String instance) {
        return switch (status) {
            case 400 -> ProblemDetail.of(400, "bad-request", badRequest(message), instance);
            case 404 -> ProblemDetail.of(404, "not-found", Message.of("not-found.path", instance), instance);
            case 405, 406, 413, 414, 431 -> ProblemDetail.of(
                    status, KINDS.get(status), Message.of(KINDS.get(status) + ".detail"), instance);
            case 415 -> ProblemDetail.of(
                            415, "unsupported-media-type", Message.of("unsupported-media-type.detail"), instance)
                    .withField("Content-Type");
            default -> {
                Response.Status known = Response.Status.fromStatusCode(status);
                // HTTP's own reason phrase, in English as HTTP says it.
                Message title = Message.of("verbatim", known == null ? "HTTP " + status : known.getReasonPhrase());
                yield ProblemDetail.of(status, "http-" + status, title, title, instance);
            }
        };
    }

    static ProblemDetail forbidden(String instance) {
        return ProblemDetail.of(403, "forbidden", Message.of("forbidden.role"), instance);
    }

    /** @param reference the id of the log line that holds the failure, for the operators */
    static ProblemDetail internal(String reference, String instance) {
        return ProblemDetail.of(500, "internal", Message.of("internal.detail", reference), instance);
    }

    static ProblemDetail unavailable(Outage outage, String instance) {
        return ProblemDetail.of(503, "unavailable", outage.detail(), instance);
    }

    /** What the raiser of a plain 400 said is passed on (as it said it) only when it carries no internals. */
    private static Message badRequest(String message) {
        if (message == null || message.isBlank() || message.startsWith("HTTP ") || message.contains("Exception")) {
            return Message.of("bad-request.detail");
        }
        return Message.of("verbatim", message);
    }
}
