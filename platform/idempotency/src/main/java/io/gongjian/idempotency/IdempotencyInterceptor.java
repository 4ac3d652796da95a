package io.gongjian.idempotency;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.gongjian.commons.api.IdempotencyKey;
import io.gongjian.commons.api.IdempotentWrites;
import io.gongjian.commons.security.CurrentCaller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A POST sent with an {@value IdempotencyKey#HEADER} runs in one transaction with its key: the key is claimed
 * first, the write runs (its use case joins the transaction), and its answer is stored before the commit. So a
 * retry finds either the answer of a write that happened or no trace of one that did not; never half of it. A
 * request without the header runs as it always did.
 */
@IdempotentWrites
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {

    @Inject
    CurrentVertxRequest http;

    @Inject
    CurrentCaller caller;

    @Inject
    IdempotencyStore store;

    @Inject
    ObjectMapper json;

    private volatile ObjectMapper canonical;

    @AroundInvoke
    Object aroundWrite(InvocationContext invocation) throws Exception {
        String header = invocation.getMethod().isAnnotationPresent(POST.class)
                ? http.getCurrent().request().getHeader(IdempotencyKey.HEADER)
                : null;
        if (header == null) {
            return invocation.proceed();
        }
        String key = IdempotencyKey.parse(header);
        // The token's subject; a test identity without one (@TestSecurity) goes by its name.
        String subject =
                Objects.requireNonNullElse(caller.get().subject(), caller.get().username());
        HttpServerRequest request = http.getCurrent().request();
        String described = request.method().name() + " " + request.path();
        String fingerprint = fingerprint(described, request.query(), invocation);
        try {
            return QuarkusTransaction.joiningExisting().call(() -> {
                if (store.claim(subject, key, fingerprint, described) instanceof IdempotencyStore.Claim.Replay replay) {
                    return replay(replay.answer(), invocation);
                }
                Object answer = invocation.proceed();
                store.complete(subject, key, answerOf(answer));
                return answer;
            });
        } catch (QuarkusTransactionException e) {
            // A checked exception of the write, wrapped by the transaction: the write's own failure is what counts.
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /**
     * What the request says: method, path, query and the method's arguments (its body as read, path and header
     * parameters, form fields), as JSON. A retry that sends the same body in other whitespace or key order is the
     * same request. An uploaded file (multipart) counts by its name and the SHA-256 of its bytes, not by where it
     * was stored for this request.
     */
    private String fingerprint(String described, String query, InvocationContext invocation) {
        List<Object> arguments = new ArrayList<>();
        for (Object argument : invocation.getParameters()) {
            if (argument instanceof FileUpload upload) {
                arguments.add(Map.of("file", String.valueOf(upload.fileName()), "sha256", sha256(upload)));
            } else if (!(argument instanceof UriInfo)) {
                arguments.add(argument);
            }
        }
        try {
            String text = described + "?" + (query == null ? "" : query) + "\n"
                    + canonical().writeValueAsString(arguments);
            return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    private static String sha256(FileUpload upload) {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(upload.uploadedFile()), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file to fingerprint the request", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }

    /**
     * JSON that is the same for the same request in any JVM: map keys sorted, and sets (which a request record holds
     * as a HashSet, ordered by hash codes that differ from one run to the next) written in sorted order.
     */
    private ObjectMapper canonical() {
        if (canonical == null) {
            canonical = json.copy()
                    .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .registerModule(new SimpleModule().addSerializer(new SortedSetSerializer()));
        }
        return canonical;
    }

    /** A set as a JSON array of its elements in the order of their JSON texts. */
    @SuppressWarnings("rawtypes")
    private static final class SortedSetSerializer extends StdSerializer<Set> {
        SortedSetSerializer() {
            super(Set.class);
        }

        @Override
        public void serialize(Set set, JsonGenerator generator, SerializerProvider provider) throws IOException {
            List<String> elements = new ArrayList<>();
            for (Object element : set) {
                elements.add(((ObjectMapper) generator.getCodec()).writeValueAsString(element));
            }
            elements.sort(null);
            generator.writeStartArray();
            for (String element : elements) {
                generator.writeRawValue(element);
            }
            generator.writeEndArray();
        }
    }

    private Answer answerOf(Object answer) throws JsonProcessingException {
        Response response = answer instanceof RestResponse<?> rest ? rest.toResponse() : (Response) answer;
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Answer.KEPT_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        String body = response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null;
        return new Answer(response.getStatus(), headers, body);
    }

    /** The first answer again, as the method's own return type, marked as a replay. */
    private Object replay(Answer answer, InvocationContext invocation) throws JsonProcessingException {
        if (RestResponse.class.isAssignableFrom(invocation.getMethod().getReturnType())) {
            RestResponse.ResponseBuilder<Object> replay = RestResponse.ResponseBuilder.create(answer.status());
            answer.headers().forEach(replay::header);
            replay.header(IdempotencyKey.REPLAYED, "true");
            if (answer.body() != null) {
                replay.entity(json.readTree(answer.body())).type(MediaType.APPLICATION_JSON_TYPE);
            }
            return replay.build();
        }
        Response.ResponseBuilder replay = Response.status(answer.status());
        answer.headers().forEach(replay::header);
        replay.header(IdempotencyKey.REPLAYED, "true");
        if (answer.body() != null) {
            replay.entity(json.readTree(answer.body())).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return replay.build();
    }
}
