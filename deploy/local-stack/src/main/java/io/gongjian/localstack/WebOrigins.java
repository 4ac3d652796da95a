package io.gongjian.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The browser origins the local platform is used from: the gateway's own (landing page, Swagger UI) and the
 * front-ends' ({@code GONGJIAN_WEB_ORIGINS}, comma-separated; default the Vite dev server's). One list for both ends
 * of a browser login: the gateway answers CORS for it ({@code WEB_ORIGINS}) and the realm's public client
 * {@code gongjian-web} accepts it as redirect targets and web origins (written into the realm it imports).
 */
public final class WebOrigins {

    static final String DEFAULT_FRONT_ENDS = "http://localhost:5173";
    private static final String PUBLIC_CLIENT = "gongjian-web";

    private WebOrigins() {}

    /** The gateway's origin, then the front-ends' (setting, or the default when unset), each once. */
    static List<String> of(String gatewayUrl, String frontEnds) {
        Set<String> origins = new LinkedHashSet<>();
        origins.add(gatewayUrl);
        for (String origin : (frontEnds == null || frontEnds.isBlank() ? DEFAULT_FRONT_ENDS : frontEnds).split(",")) {
            if (!origin.isBlank()) {
                origins.add(origin.strip());
            }
        }
        return List.copyOf(origins);
    }

    /** The realm file with the public client's redirect URIs and web origins set to {@code origins}, written to {@code target}. */
    static Path realmWith(Path realmFile, List<String> origins, Path target) {
        try {
            ObjectMapper json = new ObjectMapper();
            JsonNode realm = json.readTree(realmFile.toFile());
            for (JsonNode client : realm.path("clients")) {
                if (client.path("clientId").asText().equals(PUBLIC_CLIENT)) {
                    ArrayNode redirects = ((ObjectNode) client).putArray("redirectUris");
                    ArrayNode webOrigins = ((ObjectNode) client).putArray("webOrigins");
                    origins.forEach(origin -> {
                        redirects.add(origin + "/*");
                        webOrigins.add(origin);
                    });
                }
            }
            Files.createDirectories(target.getParent());
            json.writerWithDefaultPrettyPrinter().writeValue(target.toFile(), realm);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the realm for " + origins + " to " + target, e);
        }
    }
}
