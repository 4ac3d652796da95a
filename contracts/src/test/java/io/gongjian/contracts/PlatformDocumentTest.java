package io.gongjian.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

/**
 * The committed {@code docs/api/openapi.json} is the document the code produces, and it changed in no way that
 * breaks a generated client unless the change is declared: a newer version in {@code CHANGELOG.md} whose entry has a
 * "Breaking" section. Regenerate it after an API change with
 * {@code ./mvnw -B -pl contracts -am package -DskipTests && ./mvnw -B -o -pl contracts test -Dcontracts.update}.
 */
class PlatformDocumentTest {

    private static final String REGENERATE = "./mvnw -B -pl contracts -am package -DskipTests"
            + " && ./mvnw -B -o -pl contracts test -Dtest=PlatformDocumentTest -Dcontracts.update";
    private static final Set<String> JAVA_TYPE_NAMES =
            Set.of("UUID", "LocalDate", "OffsetDateTime", "Instant", "BigDecimal", "Object", "Map", "List");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path root;
    private static ObjectNode produced;
    private static ObjectNode committed;

    @BeforeAll
    static void produce() {
        root = Path.of(System.getProperty("gongjian.root", ".."))
                .toAbsolutePath()
                .normalize();
        produced = PlatformDocument.build(root, JSON);
        committed = PlatformDocument.read(root.resolve(PlatformDocument.COMMITTED), JSON);
    }

    @Test
    void theCommittedDocumentIsWhatTheCodeProducesAndNoBreakingChangeIsUndeclared() throws IOException {
        ChangedOpenApi diff = OpenApiCompare.fromContents(
                PlatformDocument.write(committed, JSON), PlatformDocument.write(produced, JSON));
        if (diff.isIncompatible()) {
            String before = committed.path("info").path("version").asText();
            String after = produced.path("info").path("version").asText();
            String entry = PlatformDocument.changelogEntry(root, after);
            if (compareVersions(after, before) <= 0 || !entry.contains("Breaking")) {
                fail("The API changed in a way that breaks clients generated from " + PlatformDocument.COMMITTED
                        + " (version " + before + ", now " + after + "):\n" + breakingChanges(diff)
                        + "\nIf that is intended, declare it: a new '## x.y.z' entry at the top of CHANGELOG.md, newer"
                        + " than " + before + ", with a '### Breaking' section saying what changed; then: "
                        + REGENERATE);
            }
        }
        String text = PlatformDocument.write(produced, JSON);
        if (System.getProperty("contracts.update") != null) {
            Files.writeString(root.resolve(PlatformDocument.COMMITTED), text, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(
                committed,
                produced,
                PlatformDocument.COMMITTED + " is not the document the code produces; regenerate it: " + REGENERATE);
    }

    @Test
    void everyOperationIsReadyForClientGenerators() {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, Set<String>> summariesByTag = new HashMap<>();
        int operations = 0;
        for (var path : iterable(produced.path("paths").fields())) {
            for (var method : iterable(path.getValue().fields())) {
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                operations++;
                String where = method.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = method.getValue();
                String id = operation.path("operationId").asText("");
                if (!id.matches("[a-z][a-zA-Z0-9]+")) {
                    problems.add(where + ": operationId '" + id + "' is not camelCase");
                } else if (!ids.add(id)) {
                    problems.add(where + ": operationId '" + id + "' is used twice");
                }
                String summary = operation.path("summary").asText("");
                String tag = operation.path("tags").path(0).asText("");
                if (summary.isBlank()
                        || !summariesByTag
                                .computeIfAbsent(tag, t -> new HashSet<>())
                                .add(summary)) {
                    problems.add(where + ": summary '" + summary + "' does not tell it apart in tag " + tag);
                }
                if (operation.path("security").isEmpty()) {
                    problems.add(where + ": no security requirement");
                }
                boolean typedSuccess = false;
                for (var response : iterable(operation.path("responses").fields())) {
                    if (response.getKey().startsWith("2")) {
                        typedSuccess |= response.getKey().equals("202")
                                || response.getKey().equals("204")
                                || response.getValue()
                                                .path("content")
                                                .elements()
                                                .hasNext()
                                        && response.getValue()
                                                .path("content")
                                                .elements()
                                                .next()
                                                .has("schema");
                    }
                }
                if (!typedSuccess) {
                    problems.add(where + ": no 2xx response with a schema");
                }
            }
        }
        produced.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (JAVA_TYPE_NAMES.contains(name)) {
                problems.add("schema " + name + " is a Java type's name");
            }
        });
        produced.path("tags").forEach(tag -> {
            if (tag.path("description").asText("").isBlank()) {
                problems.add("tag " + tag.path("name").asText() + " has no description");
            }
        });
        assertTrue(
                problems.isEmpty(),
                operations + " operations; " + problems.size() + " problems:\n" + String.join("\n", problems));
        System.out.printf("%d operations, %d with an operationId%n", operations, ids.size());
    }

    /**
     * Every enum the document holds, named or inlined, labels each of its values in Chinese and English
     * ({@code x-enum-labels}) and describes them for generators ({@code x-enum-descriptions}); indicators and
     * dimensions are named by the indicator catalogue instead.
     */
    @Test
    void everyEnumValueHasAChineseAndAnEnglishLabel() {
        Set<String> catalogued = new HashSet<>();
        for (String named : List.of("Indicator", "Dimension")) {
            produced.path("components")
                    .path("schemas")
                    .path(named)
                    .path("enum")
                    .forEach(value -> catalogued.add(value.asText()));
        }
        List<String> problems = new ArrayList<>();
        int[] labelled = {0};
        produced.findParents("enum").forEach(schema -> {
            List<String> values = new ArrayList<>();
            schema.path("enum").forEach(value -> values.add(value.asText()));
            if (!schema.path("enum").isArray() || catalogued.containsAll(values)) {
                return;
            }
            JsonNode labels = schema.path("x-enum-labels");
            for (String value : values) {
                if (labels.path(value).path("zh").asText("").isBlank()
                        || labels.path(value).path("en").asText("").isBlank()) {
                    problems.add(values + ": no zh/en label for " + value);
                }
            }
            if (schema.path("x-enum-descriptions").size() != values.size()) {
                problems.add(values + ": x-enum-descriptions do not match the values");
            }
            labelled[0]++;
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(labelled[0] >= 20, labelled[0] + " labelled enums");
    }

    private static String breakingChanges(ChangedOpenApi diff) {
        StringBuilder changes = new StringBuilder();
        diff.getMissingEndpoints().forEach(endpoint -> changes.append("  removed: ")
                .append(endpoint.getMethod())
                .append(' ')
                .append(endpoint.getPathUrl())
                .append('\n'));
        diff.getChangedOperations().stream()
                .filter(operation -> operation.isChanged().isIncompatible())
                .forEach(operation -> changes.append("  changed incompatibly: ")
                        .append(operation.getHttpMethod())
                        .append(' ')
                        .append(operation.getPathUrl())
                        .append('\n'));
        if (diff.getChangedSchemas() != null) {
            long schemas = diff.getChangedSchemas().stream()
                    .filter(schema -> schema.isChanged().isIncompatible())
                    .count();
            if (schemas > 0) {
                changes.append("  ").append(schemas).append(" schemas changed incompatibly (used by the above)\n");
            }
        }
        return changes.isEmpty() ? "  (see openapi-diff)\n" : changes.toString();
    }

    private static int compareVersions(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < 3; i++) {
            int order = Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}
