package io.gongjian.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The chart rendered with one of its values files by the real Helm engine, as {@code helm template} would. */
final class RenderedChart {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Path ROOT = Path.of(System.getProperty("gongjian.root", "../.."))
            .toAbsolutePath()
            .normalize();
    static final Path CHART = ROOT.resolve("deploy/helm/gongjian");
    private static final Map<String, RenderedChart> CACHE = new ConcurrentHashMap<>();

    final String environment;
    final List<JsonNode> objects;

    private RenderedChart(String environment, List<JsonNode> objects) {
        this.environment = environment;
        this.objects = objects;
    }

    /** The environments ops install: one values file each. */
    static Stream<String> environments() {
        return Stream.of("dev", "prod");
    }

    static RenderedChart of(String environment) {
        return CACHE.computeIfAbsent(environment, e -> render(e, Map.of()));
    }

    /** The chart as {@code helm template --set key=value…} renders it over an environment's values file. */
    static RenderedChart of(String environment, Map<String, String> settings) {
        return render(environment, settings);
    }

    private static RenderedChart render(String environment, Map<String, String> settings) {
        Path values = CHART.resolve("values-" + environment + ".yaml");
        if (!Files.exists(values)) {
            throw new IllegalArgumentException("no values file " + values);
        }
        var template = new Helm(CHART)
                .template()
                .withName("gongjian")
                .withNamespace("gongjian")
                .withValuesFile(values);
        settings.forEach(template::set);
        String manifests = template.call();
        if (settings.isEmpty()) {
            try {
                // What ops would apply, for a look: target/rendered-<environment>.yaml
                Files.createDirectories(Path.of("target"));
                Files.writeString(Path.of("target", "rendered-" + environment + ".yaml"), manifests);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        List<JsonNode> objects = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(manifests)) {
            for (JsonNode document : YAML.readValues(parser, JsonNode.class).readAll()) {
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    objects.add(document);
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the rendered chart is not YAML:\n" + manifests, e);
        }
        return new RenderedChart(environment, objects);
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream()
                .filter(o -> kind.equals(o.path("kind").asText()))
                .toList();
    }

    JsonNode named(String kind, String name) {
        return ofKind(kind).stream()
                .filter(o -> name.equals(o.path("metadata").path("name").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(environment + ": no " + kind + " named " + name));
    }

    /** The one container of a service's Deployment. */
    JsonNode container(String service) {
        JsonNode containers = named("Deployment", service)
                .path("spec")
                .path("template")
                .path("spec")
                .path("containers");
        if (containers.size() != 1) {
            throw new AssertionError(environment + ": " + service + " has " + containers.size() + " containers");
        }
        return containers.get(0);
    }

    /** The variables a service gets from its ConfigMaps. */
    Map<String, String> environmentOf(String service) {
        Map<String, String> variables = new HashMap<>();
        for (JsonNode source : container(service).path("envFrom")) {
            named("ConfigMap", source.path("configMapRef").path("name").asText())
                    .path("data")
                    .fields()
                    .forEachRemaining(
                            e -> variables.put(e.getKey(), e.getValue().asText()));
        }
        return variables;
    }

    /** The values an environment is rendered with: its file over the defaults. */
    static JsonNode values(String environment) throws IOException {
        JsonNode defaults = YAML.readTree(CHART.resolve("values.yaml").toFile());
        JsonNode overlay =
                YAML.readTree(CHART.resolve("values-" + environment + ".yaml").toFile());
        return YAML.readerForUpdating(defaults.deepCopy()).readValue(overlay);
    }

    /** One value an environment is rendered with, by its dotted path (monitoring.namespace); "" when unset. */
    static String value(String environment, String path) throws IOException {
        JsonNode node = values(environment);
        for (String key : path.split("\\.")) {
            node = node.path(key);
        }
        return node.asText();
    }

    /** A client of a realm (as in deploy/keycloak/gongjian-realm.json) by its clientId. */
    static JsonNode realmClient(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    boolean has(String kind, String name) {
        return ofKind(kind).stream()
                .anyMatch(o -> name.equals(o.path("metadata").path("name").asText()));
    }

    @Override
    public String toString() {
        return environment;
    }
}
