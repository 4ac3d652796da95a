package io.gongjian.contracts;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's one OpenAPI document as the build produces it: the documents the three services store when they
 * are built ({@code quarkus.smallrye-openapi.store-schema-directory}), merged, with the version of the newest entry
 * of {@code CHANGELOG.md}. It is committed as {@code docs/api/openapi.json}, which the gateway serves and the
 * clients are generated from.
 */
public final class PlatformDocument {

    /** The services by their gateway name: the module that builds each, and its name for people. */
    public static final Map<String, String[]> SERVICES = services();

    public static final String COMMITTED = "docs/api/openapi.json";
    public static final String CHANGELOG = "CHANGELOG.md";

    private static final Pattern VERSION_HEADING = Pattern.compile("(?m)^## (\\d+\\.\\d+\\.\\d+)\\b");

    private PlatformDocument() {}

    private static Map<String, String[]> services() {
        Map<String, String[]> services = new LinkedHashMap<>();
        services.put("partnership", new String[] {"partnership-service", "partnership service"});
        services.put("activity", new String[] {"activity-service", "activity service"});
        services.put("evaluation", new String[] {"evaluation-service", "evaluation service"});
        return services;
    }

    /** The merged document of the services built under {@code root}. */
    public static ObjectNode build(Path root, ObjectMapper json) {
        Map<String, ObjectNode> documents = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        SERVICES.forEach((name, service) -> {
            Path stored = root.resolve(service[0]).resolve("target/openapi/openapi.json");
            if (!Files.isRegularFile(stored)) {
                throw new IllegalStateException(
                        stored + " is missing: build the service first (./mvnw -pl contracts -am verify)");
            }
            documents.put(name, read(stored, json));
            titles.put(name, service[1]);
        });
        ObjectNode merged = OpenApiMerge.merge(documents, titles, json);
        ((ObjectNode) merged.get("info")).put("version", declaredVersion(root));
        return merged;
    }

    /** The version of the newest entry of the changelog: bumping it is how an API change is declared. */
    public static String declaredVersion(Path root) {
        Matcher heading = VERSION_HEADING.matcher(text(root.resolve(CHANGELOG)));
        if (!heading.find()) {
            throw new IllegalStateException(CHANGELOG + " has no '## x.y.z' entry");
        }
        return heading.group(1);
    }

    /** The changelog's entry for {@code version}: from its heading to the next. */
    public static String changelogEntry(Path root, String version) {
        String changelog = text(root.resolve(CHANGELOG));
        Matcher heading = VERSION_HEADING.matcher(changelog);
        while (heading.find()) {
            if (heading.group(1).equals(version)) {
                int start = heading.start();
                return changelog.substring(start, heading.find() ? heading.start() : changelog.length());
            }
        }
        return "";
    }

    public static ObjectNode read(Path file, ObjectMapper json) {
        try {
            return (ObjectNode) json.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As committed: two-space indent, one array element a line, UTF-8 unescaped, a final newline. */
    public static String write(ObjectNode document, ObjectMapper json) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""));
        printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
        printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
        try {
            return json.writer(printer).writeValueAsString(document) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
