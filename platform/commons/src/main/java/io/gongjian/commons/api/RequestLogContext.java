package io.gongjian.commons.api;

import io.opentelemetry.api.trace.Span;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Names the log lines of a request by what people quote: the correlation id the gateway forwards and returns
 * ({@code X-Request-Id}, MDC key {@value #REQUEST_ID}) and, once a resource has read it, the caller's subject
 * ({@value #SUBJECT}; never the token). The trace and span ids come from OpenTelemetry ({@code traceId},
 * {@code spanId}). The request id is also an attribute of the request's span, so a trace is found by the id a user
 * quotes.
 */
public class RequestLogContext {

    public static final String REQUEST_ID = "requestId";
    public static final String SUBJECT = "subject";
    public static final String HEADER = "X-Request-Id";
    /** The span attribute a trace is searched by. */
    public static final String SPAN_ATTRIBUTE = "gongjian.request_id";

    /** Whatever a caller sends is echoed into logs: short and printable only. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @ServerRequestFilter(preMatching = true)
    public void name(ContainerRequestContext request) {
        MDC.remove(SUBJECT);
        String id = request.getHeaderString(HEADER);
        if (acceptable(id)) {
            name(id);
        } else {
            MDC.remove(REQUEST_ID);
        }
    }

    /** The request id in the log lines and on the span of the current request. */
    public static void name(String requestId) {
        MDC.put(REQUEST_ID, requestId);
        Span.current().setAttribute(SPAN_ATTRIBUTE, requestId);
    }

    /** Whether a caller-sent id may be used as it is. */
    public static boolean acceptable(String requestId) {
        return requestId != null && ACCEPTABLE.matcher(requestId).matches();
    }

    /** The caller's subject in the log lines of the current request, once it is known. */
    public static void caller(String subject) {
        if (subject != null) {
            MDC.put(SUBJECT, subject);
        }
    }
}
