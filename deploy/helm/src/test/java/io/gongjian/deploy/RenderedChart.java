package io.gongjian.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        return CACHE.computeIfAbsent(environment, RenderedChart::render);
    }

    private static RenderedChart render(String environment) {
        Path values = CHART.resolve("values-" + environment + ".yaml");
        if (!Files.exists(values)) {
            throw new IllegalArgumentException("no values file " + values);
        }
        String manifests = new Helm(CHART)
                .template()
                .withName("gongjian")
                .withNamespace("gongjian")
                .withValuesFile(values)
                .call();
        try {
            // What ops would apply, for a look: target/rendered-<environment>.yaml
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "rendered-" + environment + ".yaml"), manifests);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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

    boolean has(String kind, String name) {
        return ofKind(kind).stream()
                .anyMatch(o -> name.equals(o.path("metadata").path("name").asText()));
    }

    @Override
    public String toString() {
        return environment;
    }
}
