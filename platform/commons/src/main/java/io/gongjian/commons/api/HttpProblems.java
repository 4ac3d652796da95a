package io.gongjian.commons.api;

import jakarta.ws.rs.core.Response;

/**
 * Problem documents for the answers HTTP itself gives (no such resource, wrong method or media type, too long a
 * request, a dependency down), whether JAX-RS or the HTTP server raised them: the same words either way.
 */
final class HttpProblems {

    private HttpProblems() {}

    /** @param message what the raiser said, used only where it carries no internals (a plain 400) */
    static ProblemDetail of(int status, String message, String instance) {
        return switch (status) {
            case 400 -> ProblemDetail.of(400, "bad-request", "Bad request", badRequest(message), instance);
            case 404 -> ProblemDetail.of(404, "not-found", "Not found", "there is nothing at " + instance, instance);
            case 405 -> ProblemDetail.of(
                    405,
                    "method-not-allowed",
                    "Method not allowed",
                    "this resource does not take this method; the API documents at /q/openapi list what it takes",
                    instance);
            case 406 -> ProblemDetail.of(
                    406,
                    "not-acceptable",
                    "Not acceptable",
                    "this API answers in application/json (problems in application/problem+json)",
                    instance);
            case 413 -> ProblemDetail.of(
                    413, "payload-too-large", "Request body too large", "the request body is too large", instance);
            case 414 -> ProblemDetail.of(
                    414,
                    "uri-too-long",
                    "URI too long",
                    "the address (path and query) is too long; send filters that fit in a few kilobytes",
                    instance);
            case 415 -> ProblemDetail.of(
                            415,
                            "unsupported-media-type",
                            "Unsupported media type",
                            "send the body as JSON, with the header Content-Type: application/json",
                            instance)
                    .withField("Content-Type");
            case 431 -> ProblemDetail.of(
                    431,
                    "headers-too-large",
                    "Request headers too large",
                    "the request headers are too large; a bearer token and a few headers fit easily",
                    instance);
            default -> {
                Response.Status known = Response.Status.fromStatusCode(status);
                String title = known == null ? "HTTP " + status : known.getReasonPhrase();
                yield ProblemDetail.of(status, "http-" + status, title, title, instance);
            }
        };
    }

    static ProblemDetail forbidden(String instance) {
        return ProblemDetail.of(403, "forbidden", "Forbidden", "your role does not allow this operation", instance);
    }

    /** @param reference the id of the log line that holds the failure, for the operators */
    static ProblemDetail internal(String reference, String instance) {
        return ProblemDetail.of(
                500,
                "internal",
                "Internal error",
                "an unexpected error occurred; quote reference " + reference + " to the operators",
                instance);
    }

    static ProblemDetail unavailable(Outage outage, String instance) {
        return ProblemDetail.of(503, "unavailable", "Service unavailable", outage.detail(), instance);
    }

    private static String badRequest(String message) {
        if (message == null || message.isBlank() || message.startsWith("HTTP ") || message.contains("Exception")) {
            return "the request cannot be read";
        }
        return message;
    }
}
