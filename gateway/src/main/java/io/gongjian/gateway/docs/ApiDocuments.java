package io.gongjian.gateway.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongjian.commons.api.ProblemDetail;
import io.gongjian.gateway.routing.Backends;
import io.gongjian.gateway.routing.GatewayConfig;
import io.gongjian.gateway.routing.GatewayProblems;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API documents at the gateway, for front-end teams and bureaus: each service's own at
 * {@code /openapi/<service>}, fetched from the service, and one merged document at {@code /openapi} with the paths
 * of all three and their components, renamed where two services use one name for different things, from which a
 * single client can be generated. Public: documents are no secret, and a client generator has no token.
 */
@ApplicationScoped
public class ApiDocuments {

    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);

    @Inject
    GatewayConfig config;

    @Inject
    Backends backends;

    @Inject
    ObjectMapper json;

    void register(@Observes Router router) {
        router.get("/openapi").handler(this::merged);
        router.get("/openapi/:service").handler(this::single);
    }

    private void single(RoutingContext context) {
        String name = context.pathParam("service");
        GatewayConfig.Backend backend = config.backends().get(name);
        if (backend == null) {
            GatewayProblems.send(
                    context,
                    ProblemDetail.of(
                            404,
                            "not-found",
                            "Not found",
                            "no service '" + name + "'; documents: "
                                    + String.join(", ", config.backends().keySet()),
                            context.request().path()));
            return;
        }
        fetch(name, backend)
                .onSuccess(document -> send(context, document))
                .onFailure(failure -> unavailable(context, List.of(backend.title()), failure));
    }

    private void merged(RoutingContext context) {
        Map<String, Future<ObjectNode>> fetches = new LinkedHashMap<>();
        config.backends().forEach((name, backend) -> fetches.put(name, fetch(name, backend)));
        Future.join(new ArrayList<>(fetches.values())).onComplete(done -> {
            List<String> missing = new ArrayList<>();
            Map<String, ObjectNode> documents = new LinkedHashMap<>();
            fetches.forEach((name, fetch) -> {
                if (fetch.succeeded()) {
                    documents.put(name, fetch.result());
                } else {
                    missing.add(config.backends().get(name).title());
                }
            });
            if (!missing.isEmpty()) {
                // A client generated from part of the API would be wrong without saying so: no partial document.
                unavailable(context, missing, null);
                return;
            }
            try {
                send(context, OpenApiMerge.merge(documents, titles(), json));
            } catch (OpenApiMerge.Clash clash) {
                GatewayProblems.send(
                        context,
                        ProblemDetail.of(
                                500,
                                "documents-clash",
                                "The services' documents clash",
                                clash.getMessage(),
                                context.request().path()));
            }
        });
    }

    private Future<ObjectNode> fetch(String name, GatewayConfig.Backend backend) {
        return backends.get(backend, "/q/openapi?format=json", FETCH_TIMEOUT).compose(answer -> {
            if (answer.status() != 200) {
                return Future.failedFuture(backend.title() + " answered " + answer.status());
            }
            try {
                return Future.succeededFuture(
                        (ObjectNode) json.readTree(answer.body().getBytes()));
            } catch (IOException | ClassCastException e) {
                return Future.failedFuture(backend.title() + " sent no OpenAPI document: " + e.getMessage());
            }
        });
    }

    private Map<String, String> titles() {
        Map<String, String> titles = new LinkedHashMap<>();
        config.backends().forEach((name, backend) -> titles.put(name, backend.title()));
        return titles;
    }

    private void send(RoutingContext context, JsonNode document) {
        try {
            context.response()
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Cache-Control", "no-cache")
                    .end(json.writeValueAsString(document));
        } catch (IOException e) {
            context.fail(e);
        }
    }

    private static void unavailable(RoutingContext context, List<String> services, Throwable failure) {
        GatewayProblems.send(
                context,
                ProblemDetail.of(
                                503,
                                "backend-unavailable",
                                "API document unavailable",
                                "cannot fetch the API document of the " + String.join(", ", services)
                                        + (failure == null ? "" : ": " + failure.getMessage()),
                                context.request().path())
                        .withExtensions(Map.of("service", String.join(", ", services))),
                Map.of("Retry-After", "5"));
    }
}
