package io.gongjian.commons.api;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a problem document from a plain Vert.x route, where no JAX-RS exception mapper is at hand, in the language
 * the caller prefers ({@link Languages}).
 */
public final class RoutingProblems {

    private RoutingProblems() {}

    public static void send(RoutingContext context, ProblemDetail problem, Map<String, String> headers) {
        HttpServerResponse response = context.response();
        if (response.headWritten()) {
            context.request().connection().close(); // too late for a problem document: cut the answer short
            return;
        }
        Locale language = Languages.preferred(context.request().getHeader(Languages.ACCEPT_LANGUAGE));
        response.setStatusCode(problem.status())
                .putHeader("Content-Type", ProblemDetail.MEDIA_TYPE)
                .putHeader(Languages.CONTENT_LANGUAGE, language.toLanguageTag())
                .putHeader("Vary", Languages.ACCEPT_LANGUAGE);
        headers.forEach(response::putHeader);
        response.end(Json.encode(problem.in(language)));
    }
}
