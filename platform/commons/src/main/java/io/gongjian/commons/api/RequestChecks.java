package io.gongjian.commons.api;

import io.gongjian.commons.domain.DomainException;
import io.gongjian.commons.domain.Message;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks every API request passes before a resource sees it: query values must be storable text (a NUL in a
 * filter or a revoke reason would otherwise reach PostgreSQL), and a body must say that it is JSON.
 */
public class RequestChecks {

    @ServerRequestFilter(preMatching = true)
    public void refuseUnstorableQueryValues(ContainerRequestContext request, HttpServerRequest http) {
        String rawQuery = http.query();
        if (rawQuery != null && !isUtf8(rawQuery)) {
            // Decoding would quietly replace the broken bytes with U+FFFD.
            throw new QueryParameters.Unreadable(null, Message.of("query.not-utf8"));
        }
        for (Map.Entry<String, List<String>> parameter :
                request.getUriInfo().getQueryParameters().entrySet()) {
            Message nameFlaw = StorableText.flaw(parameter.getKey());
            if (nameFlaw != null) {
                throw new QueryParameters.Unreadable(null, Message.of("query.name-flaw", nameFlaw));
            }
            for (String value : parameter.getValue()) {
                Message flaw = StorableText.flaw(value);
                if (flaw != null) {
                    throw new QueryParameters.Unreadable(
                            parameter.getKey(), Message.of("field-is", parameter.getKey(), flaw));
                }
            }
        }
    }

    /** JAX-RS would read a body without Content-Type as JSON anyway: the client must say what it sends. */
    @ServerRequestFilter
    public void requireTheMediaTypeOfABody(ContainerRequestContext request) {
        if (request.getMediaType() == null && carriesBody(request)) {
            throw new MissingMediaType();
        }
    }

    private static boolean isUtf8(String rawQuery) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawQuery.length());
        for (int i = 0; i < rawQuery.length(); i++) {
            char c = rawQuery.charAt(i);
            if (c == '%' && i + 2 < rawQuery.length()) {
                int high = Character.digit(rawQuery.charAt(i + 1), 16);
                int low = Character.digit(rawQuery.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean carriesBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !length.strip().equals("0")) || request.getHeaderString("Transfer-Encoding") != null;
    }

    /** HTTP 415: a body without Content-Type. */
    public static final class MissingMediaType extends DomainException {
        MissingMediaType() {
            super("Content-Type", Message.of("unsupported-media-type.detail"), Map.of());
        }
    }
}
