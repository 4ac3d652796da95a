package io.gongjian.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One OpenAPI document out of the services' documents: all paths, all components. Components two services define
 * alike are kept once; a name two services use for different things is prefixed with the service's name in that
 * service's part (references included), so nothing is silently overwritten. A path two services document alike
 * (after that renaming) is kept once too: one API that the gateway routes by what a request names (the imports, by
 * record kind); a path they document differently is a {@link Clash}.
 */
public final class OpenApiMerge {

    private OpenApiMerge() {}

    /** Two services document one path differently: the document could show only one of them. */
    public static final class Clash extends RuntimeException {
        Clash(String message) {
            super(message);
        }
    }

    /** @param documents by backend name, in routing order; @param titles the backends' names for people */
    public static ObjectNode merge(Map<String, ObjectNode> documents, Map<String, String> titles, ObjectMapper json) {
        ObjectNode merged = json.createObjectNode();
        ObjectNode first = documents.values().iterator().next();
        merged.set("openapi", first.get("openapi"));
        ObjectNode info = merged.putObject("info");
        info.put("title", "Gongjian API");
        info.put("version", first.path("info").path("version").asText("1.0.0"));
        info.put(
                "description",
                "Every API of the platform behind its gateway: " + String.join(", ", titles.values())
                        + ". Each service's own document: /openapi/<service>.");
        merged.putArray("servers").addObject().put("url", "/");
        ArrayNode tags = merged.putArray("tags");
        Set<String> tagNames = new HashSet<>();
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        Map<String, String> pathOwners = new HashMap<>();
        for (var entry : documents.entrySet()) {
            String service = entry.getKey();
            ObjectNode document = entry.getValue().deepCopy();
            renameClashingComponents(service, document, components);
            document.path("paths").fields().forEachRemaining(path -> {
                String owner = pathOwners.putIfAbsent(path.getKey(), service);
                if (owner == null) {
                    paths.set(path.getKey(), path.getValue());
                } else if (!paths.get(path.getKey()).equals(path.getValue())) {
                    throw new Clash(
                            "path " + path.getKey() + " is documented differently by " + owner + " and " + service);
                }
            });
            document.path("components").fields().forEachRemaining(type -> {
                ObjectNode target = components.has(type.getKey())
                        ? (ObjectNode) components.get(type.getKey())
                        : components.putObject(type.getKey());
                type.getValue()
                        .fields()
                        .forEachRemaining(component -> target.set(component.getKey(), component.getValue()));
            });
            for (JsonNode tag : document.path("tags")) {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            }
            if (!merged.has("security") && document.has("security")) {
                merged.set("security", document.get("security"));
            }
        }
        return merged;
    }

    /**
     * Renames, in {@code document}, the components whose names are taken by a different definition already; again
     * until none is left, since a renamed reference can make a component that was alike differ.
     */
    private static void renameClashingComponents(String service, ObjectNode document, ObjectNode mergedComponents) {
        while (renameOnce(service, document, mergedComponents)) {
            // repeat
        }
    }

    private static boolean renameOnce(String service, ObjectNode document, ObjectNode mergedComponents) {
        Map<String, String> renamed = new HashMap<>(); // "#/components/schemas/Name" → new reference
        JsonNode components = document.path("components");
        components.fields().forEachRemaining(type -> {
            JsonNode taken = mergedComponents.path(type.getKey());
            List<String> clashing = new ArrayList<>();
            type.getValue().fields().forEachRemaining(component -> {
                if (taken.has(component.getKey())
                        && !taken.get(component.getKey()).equals(component.getValue())) {
                    clashing.add(component.getKey());
                }
            });
            ObjectNode own = (ObjectNode) type.getValue();
            for (String name : clashing) {
                String newName = capitalised(service) + name;
                own.set(newName, own.remove(name));
                renamed.put(
                        "#/components/" + type.getKey() + "/" + name, "#/components/" + type.getKey() + "/" + newName);
            }
        });
        if (!renamed.isEmpty()) {
            rewriteReferences(document, renamed);
        }
        return !renamed.isEmpty();
    }

    private static void rewriteReferences(JsonNode node, Map<String, String> renamed) {
        if (node instanceof ObjectNode object) {
            JsonNode reference = object.get("$ref");
            if (reference != null && reference.isTextual() && renamed.containsKey(reference.asText())) {
                object.set("$ref", TextNode.valueOf(renamed.get(reference.asText())));
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                rewriteReferences(children.next(), renamed);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteReferences(child, renamed));
        }
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
