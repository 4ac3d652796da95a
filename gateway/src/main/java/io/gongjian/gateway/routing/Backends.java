package io.gongjian.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/** Small GETs the gateway itself makes to a backend (API documents, health), on the proxy's connection pool. */
@ApplicationScoped
public class Backends {

    @Inject
    BackendProxy proxy;

    /** The answer's status and body; fails when the backend cannot be reached within {@code timeout}. */
    public Future<Answer> get(GatewayConfig.Backend backend, String path, Duration timeout) {
        HttpClient client = proxy.client();
        RequestOptions options = to(backend)
                .setMethod(HttpMethod.GET)
                .setURI(path)
                .setIdleTimeout(timeout.toMillis())
                .putHeader("Accept", "application/json");
        return client.request(options).compose(request -> request.send()).compose(response -> response.body()
                .map(body -> new Answer(response.statusCode(), body)));
    }

    public record Answer(int status, Buffer body) {}

    /** A request to the backend's host and port (80 when its URL names none); method and path still to set. */
    static RequestOptions to(GatewayConfig.Backend backend) {
        return new RequestOptions()
                .setHost(backend.url().getHost())
                .setPort(backend.url().getPort() > 0 ? backend.url().getPort() : 80);
    }
}
