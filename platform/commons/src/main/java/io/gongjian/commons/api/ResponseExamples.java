package io.gongjian.commons.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * An example for every success response, composed in one place from the examples its schema's properties give
 * ({@code @Schema(example = …)}), and from their types where they give none: kept once under
 * {@code components/examples} (named after the schema) and referred to by each response that returns it.
 */
final class ResponseExamples {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String EXAMPLES = "#/components/examples/";
    private static final int DEEPEST = 12;

    private final Map<String, Schema> schemas;
    private final Components components;

    private ResponseExamples(OpenAPI openAPI) {
        this.components = openAPI.getComponents();
        this.schemas = components.getSchemas() == null ? Map.of() : components.getSchemas();
    }

    static void addTo(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getPaths() == null) {
            return;
        }
        ResponseExamples examples = new ResponseExamples(openAPI);
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                .values()
                .forEach(operation -> {
                    if (operation.getResponses() == null) {
                        return;
                    }
                    operation.getResponses().getAPIResponses().forEach((status, response) -> {
                        if (status.startsWith("2") && response.getContent() != null) {
                            response.getContent().getMediaTypes().values().forEach(examples::exemplify);
                        }
                    });
                }));
    }

    private void exemplify(MediaType media) {
        Schema schema = media.getSchema();
        if (schema == null
                || schema.getRef() == null
                || media.getExample() != null
                || (media.getExamples() != null && !media.getExamples().isEmpty())) {
            return;
        }
        String name = schema.getRef().substring(SCHEMAS.length());
        if (components.getExamples() == null || !components.getExamples().containsKey(name)) {
            components.addExample(
                    name,
                    OASFactory.createExample().summary("A typical " + name).value(example(schema, new HashSet<>(), 0)));
        }
        media.addExample(name, OASFactory.createExample().ref(EXAMPLES + name));
    }

    private Object example(Schema schema, Set<String> enclosing, int depth) {
        if (schema == null || depth > DEEPEST) {
            return null;
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (!enclosing.add(name)) {
                return null; // a schema that contains itself: stop at the first repetition
            }
            Object value = example(schemas.get(name), enclosing, depth + 1);
            enclosing.remove(name);
            return value;
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        for (List<Schema> choices : new ArrayList<>(
                List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()), nonNull(schema.getOneOf())))) {
            for (Schema choice : choices) {
                Object value = example(choice, enclosing, depth + 1);
                if (value != null) {
                    return value;
                }
            }
        }
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            Map<String, Object> object = new LinkedHashMap<>();
            schema.getProperties()
                    .forEach((name, property) -> object.put(name, example(property, enclosing, depth + 1)));
            return object;
        }
        if (schema.getItems() != null) {
            Object item = example(schema.getItems(), enclosing, depth + 1);
            return item == null ? List.of() : List.of(item);
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            Object value = example(schema.getAdditionalPropertiesSchema(), enclosing, depth + 1);
            Map<String, Object> map = new LinkedHashMap<>();
            map.put(key(schema), value);
            return map;
        }
        return scalar(schema);
    }

    /** A key of a map: the first of its enumerated names, if it has them. */
    private String key(Schema map) {
        Schema names = map.getPropertyNames();
        if (names != null && names.getRef() != null) {
            names = schemas.get(names.getRef().substring(names.getRef().lastIndexOf('/') + 1));
        }
        return names != null
                        && names.getEnumeration() != null
                        && !names.getEnumeration().isEmpty()
                ? String.valueOf(names.getEnumeration().get(0))
                : "key";
    }

    private static Object scalar(Schema schema) {
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.INTEGER)) {
            return schema.getMinimum() != null ? schema.getMinimum().longValue() : 1;
        }
        if (types.contains(Schema.SchemaType.NUMBER)) {
            return schema.getMinimum() != null ? schema.getMinimum() : 1.5;
        }
        if (types.contains(Schema.SchemaType.BOOLEAN)) {
            return true;
        }
        if (types.contains(Schema.SchemaType.STRING)) {
            String format = schema.getFormat() == null ? "" : schema.getFormat();
            return switch (format) {
                case "uuid" -> "6f1c0a52-3c1e-4e49-9a0b-0c2a4e9f1d11";
                case "date" -> "2026-03-12";
                case "date-time" -> "2026-03-12T09:30:00+08:00";
                case "uri", "url" -> "https://dangjian.example.cn/minutes.pdf";
                default -> "…";
            };
        }
        return null;
    }

    private static List<Schema> nonNull(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }
}
