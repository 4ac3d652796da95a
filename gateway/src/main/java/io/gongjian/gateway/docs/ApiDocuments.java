package io.gongjian.gateway.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongjian.commons.api.ProblemDetail;
import io.gongjian.commons.domain.Message;
import io.gongjian.gateway.routing.Backends;
import io.gongjian.gateway.routing.GatewayConfig;
import io.gongjian.gateway.routing.GatewayProblems;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The API documents at the gateway, for front-end teams and bureaus: each service's own at
 * {@code /openapi/<service>}, fetched from the service, and the platform's one document at {@code /openapi}, from
 * which a single client can be generated: merged at build time from the three services' documents (the contracts
 * module checks the committed copy against the code), so it is there whatever service is down. Public: documents
 * are no secret, and a client generator has no token.
 */
@ApplicationScoped
public class ApiDocuments {

    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);
    private static final String PLATFORM_DOCUMENT = "/META-INF/gongjian/openapi.json";

    @Inject
    GatewayConfig config;

    @Inject
    Backends backends;

    @Inject
    ObjectMapper json;

    /** The document the build produced and the contracts module checked, as committed in docs/api/openapi.json. */
    private Buffer platformDocument;

    private String platformDocumentTag;

    void register(@Observes Router router) {
        platformDocument = Buffer.buffer(platformDocumentBytes());
        platformDocumentTag = "\"" + Integer.toHexString(Arrays.hashCode(platformDocument.getBytes())) + "\"";
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
                            Message.of(
                                    "gateway.no-such-document",
                                    name,
                                    String.join(", ", config.backends().keySet())),
                            context.request().path()));
            return;
        }
        fetch(name, backend)
                .onSuccess(document -> send(context, document))
                .onFailure(failure -> unavailable(context, List.of(backend.title()), failure));
    }

    private void merged(RoutingContext context) {
        if (platformDocumentTag.equals(context.request().getHeader("If-None-Match"))) {
            context.response()
                    .setStatusCode(304)
                    .putHeader("ETag", platformDocumentTag)
                    .end();
            return;
        }
        context.response()
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("ETag", platformDocumentTag)
                .end(platformDocument);
    }

    private static byte[] platformDocumentBytes() {
        try (InputStream document = ApiDocuments.class.getResourceAsStream(PLATFORM_DOCUMENT)) {
            if (document == null) {
                throw new IllegalStateException(PLATFORM_DOCUMENT + " is not on the class path: build the gateway"
                        + " from the repository, where docs/api/openapi.json is");
            }
            return document.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                                Message.of("gateway.document-unavailable"),
                                failure == null
                                        ? Message.of("gateway.document-unfetchable", String.join(", ", services))
                                        : Message.of(
                                                "gateway.document-unfetchable-because",
                                                String.join(", ", services),
                                                failure.getMessage()),
                                context.request().path())
                        .withExtensions(Map.of("service", String.join(", ", services))),
                Map.of("Retry-After", "5"));
    }
}
