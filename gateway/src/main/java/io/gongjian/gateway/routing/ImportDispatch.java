package io.gongjian.gateway.routing;

import io.gongjian.commons.api.ProblemDetail;
import io.gongjian.commons.domain.Message;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.multipart.Attribute;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.HttpPostMultipartRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spreadsheet imports ({@value #PATH}) are one API over the records of all services: each service imports its own
 * kinds ({@code gateway.backends.<name>.import-kinds}). An upload goes to the service of its multipart field
 * {@code kind}, read from the body the gateway has already read whole; a job, its report and a template to the
 * service of the kind in their path ({@code /api/v1/imports/{kind}/…}, {@code /api/v1/imports/templates/{kind}}). A
 * kind no service imports gets 422 naming {@code kind}, as a service would answer. An upload may be larger than any
 * other request: {@code gateway.max-upload-bytes}.
 */
@ApplicationScoped
public class ImportDispatch {

    public static final String PATH = "/api/v1/imports";
    private static final String TEMPLATES = "templates";

    @Inject
    GatewayConfig config;

    /** The largest body a request to {@code path} may have: an upload's cap for the imports, else the usual one. */
    public static long maxBodyBytes(GatewayConfig config, String path) {
        return PATH.equals(path) ? config.maxUploadBytes() : config.maxBodyBytes();
    }

    /** Whether any backend imports anything (else there is nothing to route). */
    boolean routed() {
        return !backendsByKind().isEmpty();
    }

    /** The backend of the request's kind; or, having answered 422 itself, none. */
    Optional<GatewayConfig.Backend> backendOf(RoutingContext context) {
        String kind = kindOf(context);
        Map<String, GatewayConfig.Backend> byKind = backendsByKind();
        GatewayConfig.Backend backend = kind == null ? null : byKind.get(kind);
        if (backend == null) {
            GatewayProblems.send(
                    context,
                    ProblemDetail.of(
                                    422,
                                    "rule-violation",
                                    Message.of(
                                            "import.unknown-kind",
                                            kind == null ? "" : kind,
                                            List.copyOf(byKind.keySet())),
                                    context.request().path())
                            .withField("kind"));
        }
        return Optional.ofNullable(backend);
    }

    private Map<String, GatewayConfig.Backend> backendsByKind() {
        Map<String, GatewayConfig.Backend> byKind = new LinkedHashMap<>();
        config.backends()
                .values()
                .forEach(backend -> backend.importKinds().orElse(List.of()).forEach(kind -> byKind.put(kind, backend)));
        return byKind;
    }

    /** The kind a request names: the form field of an upload, else the path segment after the imports path. */
    private static String kindOf(RoutingContext context) {
        String path = context.request().path();
        if (PATH.equals(path)) {
            return formField(context, "kind");
        }
        String[] segments = path.substring(PATH.length() + 1).split("/");
        if (segments[0].equals(TEMPLATES)) {
            return segments.length > 1 ? segments[1] : null;
        }
        return segments[0];
    }

    /** A text field of a multipart/form-data body, as Netty's decoder reads it; null without one. */
    static String formField(RoutingContext context, String name) {
        Buffer body = RequestBodyReader.of(context);
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (body == null || type == null || !type.toLowerCase().startsWith("multipart/form-data")) {
            return null;
        }
        DefaultFullHttpRequest request = new DefaultFullHttpRequest(
                HttpVersion.HTTP_1_1, HttpMethod.POST, PATH, Unpooled.wrappedBuffer(body.getBytes()));
        request.headers().set(HttpHeaders.CONTENT_TYPE, type);
        // In memory: the body is in memory already, and a field is small.
        HttpPostMultipartRequestDecoder decoder =
                new HttpPostMultipartRequestDecoder(new DefaultHttpDataFactory(false), request, StandardCharsets.UTF_8);
        try {
            InterfaceHttpData field = decoder.getBodyHttpData(name);
            return field instanceof Attribute attribute ? attribute.getValue().strip() : null;
        } catch (DecoderException | IOException | IllegalArgumentException unreadable) {
            return null;
        } finally {
            decoder.destroy();
            request.release();
        }
    }
}
