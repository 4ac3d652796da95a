package io.gongjian.gateway.docs;

import io.gongjian.gateway.routing.GatewayConfig;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The console's two entry points the gateway answers itself: {@code /console} redirects to the app's folder (its
 * relative asset paths need the slash), and {@code /console/config.json} names the realm as browsers of this
 * deployment reach it, so that one console build serves every deployment. The rest of {@code /console/} is the
 * packaged app (module {@code console}).
 */
@ApplicationScoped
public class ConsoleEntry {

    /** The public client the console logs in with (authorization code with PKCE). */
    static final String CLIENT_ID = "gongjian-web";

    /** Before the static resources, which hold the development server's config.json. */
    private static final int ORDER = -100;

    @Inject
    GatewayConfig config;

    void register(@Observes Router router) {
        // Vert.x matches "/console/" to this path too: only the bare folder name is redirected.
        router.get("/console").order(ORDER).handler(context -> {
            if (context.request().path().equals("/console")) {
                context.redirect("/console/");
            } else {
                context.next();
            }
        });
        String settings = new JsonObject()
                .put("authority", config.publicRealmUrl())
                .put("clientId", CLIENT_ID)
                .encode();
        router.get("/console/config.json").order(ORDER).handler(context -> context.response()
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store")
                .end(settings));
    }
}
