package io.gongjian.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Routes each configured path prefix to its backend through a streaming reverse proxy: bodies pass through
 * without being buffered whole, status, headers and bodies unchanged. Quarkus' HTTP security runs before
 * these routes, so a request without a valid token never reaches a service.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    void register(@Observes Router router, Vertx vertx, GatewayConfig config) {
        config.backends().forEach((name, backend) -> {
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setConnectTimeout((int) config.connectTimeout().toMillis())
                    .setKeepAlive(true));
            int port = backend.url().getPort() > 0 ? backend.url().getPort() : 80;
            HttpProxy proxy =
                    HttpProxy.reverseProxy(client).origin(port, backend.url().getHost());
            for (String prefix : backend.prefixes()) {
                for (String path : new String[] {prefix, prefix + "/*"}) {
                    router.route(path)
                            .handler(EdgeAuthentication::requireToken)
                            .handler(context -> proxy.handle(context.request()));
                }
                LOG.infof("Routing %s/** to %s (%s)", prefix, name, backend.url());
            }
        });
    }
}
