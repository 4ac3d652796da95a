package io.gongjian.records.api;

import io.gongjian.commons.api.ConsistencyToken;
import io.gongjian.records.application.ReadYourWrites;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A write sent with a {@value ConsistencyToken#HEADER} waits, before it starts (and before its transaction), until
 * this service's copy of the partnership has reached the version the token names ({@link ReadYourWrites}). Reads
 * do not wait: they show what the service knows, as they always did.
 */
public class ConsistencyFilter {

    private static final Set<String> WRITES =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    @Inject
    ReadYourWrites readYourWrites;

    @ServerRequestFilter
    public void awaitTheClientsOwnChange(ContainerRequestContext request) {
        String header = request.getHeaderString(ConsistencyToken.HEADER);
        if (header != null && WRITES.contains(request.getMethod())) {
            readYourWrites.await(ConsistencyToken.parse(header));
        }
    }
}
