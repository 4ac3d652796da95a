package io.gongjian.gateway.docs;

import io.gongjian.gateway.routing.GatewayConfig;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** What a newcomer sees at {@code /}: what runs here, where the API documents are, how to log in, where health is. */
@ApplicationScoped
public class LandingPage {

    @Inject
    GatewayConfig config;

    void register(@Observes Router router) {
        router.get("/").handler(this::page);
    }

    private void page(RoutingContext context) {
        StringBuilder services = new StringBuilder();
        config.backends().forEach((name, backend) -> services.append("<li><b>")
                .append(escape(backend.title()))
                .append("</b>: <code>")
                .append(escape(String.join("/**, ", backend.prefixes())))
                .append("/**</code> · <a href=\"/openapi/")
                .append(escape(name))
                .append("\">its API document</a></li>\n"));
        String html =
                """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head><meta charset="utf-8"><title>共建 Gongjian — API gateway</title>
                <style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:3rem auto;line-height:1.5;padding:0 1rem}
                code{background:#f3f3f3;padding:0 .2rem}</style></head>
                <body>
                <h1>共建 Gongjian</h1>
                <p>University–enterprise party-building co-construction (校企党建共建): partnerships, their joint activities,
                talent exchanges and achievements, and the rolling evaluation of how well each partnership works.
                This is the platform's one entry point: every API below answers here, with a bearer token from the
                <code>gongjian</code> realm.</p>
                <h2>Services</h2>
                <ul>
                %s</ul>
                <h2>Start here</h2>
                <ul>
                <li><a href="/q/swagger-ui">Swagger UI</a>: try every API in the browser (pick a document at the top right)</li>
                <li><a href="/openapi">/openapi</a>: one OpenAPI document for all services, to generate one client</li>
                <li><a href="/console/">控制台 Console</a>: log in (Keycloak, realm <code>gongjian</code>) and see
                rankings, scores and records; tokens for programs: <code>%s/protocol/openid-connect/token</code></li>
                <li>Health and metrics are for operators: they answer on the gateway's management port, not here
                (<code>/q/health/group/backends</code> there tells whether each service is ready)</li>
                </ul>
                <p>Errors are <code>application/problem+json</code> (RFC 9457). Send <code>X-Request-Id</code> to follow a
                request through the services' logs; the answer carries it either way.</p>
                </body></html>
                """
                        .formatted(services, escape(config.publicRealmUrl()));
        context.response().putHeader("Content-Type", "text/html; charset=utf-8").end(html);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
