package io.gongjian.commons.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Arrays;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A read that carries an ETag (the resource's version, {@link ETags}) answers 304 Not Modified without a body when
 * the client already holds that version ({@code If-None-Match}): one place for every single-resource GET.
 */
public class ConditionalGets {

    @ServerResponseFilter
    public void notModified(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200) {
            return;
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        Object tag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (ifNoneMatch == null || tag == null) {
            return;
        }
        String current = tag instanceof EntityTag entityTag ? entityTag.getValue() : unquoted(tag.toString());
        boolean held = Arrays.stream(ifNoneMatch.split(","))
                .map(ConditionalGets::unquoted)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals(current));
        if (held) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    /** Weak comparison, as RFC 9110 asks for If-None-Match: {@code W/"3"} and {@code "3"} name the same version. */
    private static String unquoted(String tag) {
        String value = tag.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        return value.replace("\"", "");
    }
}
