package io.gongjian.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The records here are the source of the event contract; docs/events/schemas documents them for consumers in
 * other languages. This test fails as soon as the two drift apart: every field, nested ones included, is in
 * both, and every field is required but those added later ({@link OptionalField}), which no field else may skip.
 */
class SchemaFilesTest {

    private static final Path SCHEMAS = Path.of(System.getProperty("gongjian.root", "../.."), "docs/events/schemas");

    @ParameterizedTest
    @ValueSource(
            classes = {
                OrganizationChanged.class,
                PartnershipChanged.class,
                ActivityChanged.class,
                ExchangeChanged.class,
                AchievementChanged.class,
                ConversionChanged.class,
                FacilityChanged.class
            })
    void theSchemaFileDescribesExactlyTheFieldsOfTheRecord(Class<?> event) throws IOException {
        JsonNode schema = new ObjectMapper()
                .readTree(SCHEMAS.resolve(event.getSimpleName() + ".v1.json").toFile());
        compare(event, schema, event.getSimpleName());
    }

    @Test
    void everyEventOfTheContractHasASchemaFileAndATopic() {
        for (EventTypes.Shape shape : EventTypes.all()) {
            Path file = SCHEMAS.resolve(shape.payload().getSimpleName() + ".v1.json");
            assertTrue(file.toFile().isFile(), shape.type() + ": " + file);
            assertTrue(shape.schema().endsWith("/" + file.getFileName()), shape.type() + ": " + shape.schema());
            assertTrue(List.of(Topics.PARTNERSHIP, Topics.ACTIVITY).contains(shape.topic()), shape.type());
        }
    }

    private static void compare(Class<?> record, JsonNode schema, String where) {
        Set<String> fields = new TreeSet<>(Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .toList());
        Set<String> properties = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> alwaysThere = new TreeSet<>(Arrays.stream(record.getRecordComponents())
                .filter(component -> !component.isAnnotationPresent(OptionalField.class))
                .map(RecordComponent::getName)
                .toList());
        Set<String> required = new TreeSet<>();
        schema.get("required").forEach(name -> required.add(name.asText()));
        assertEquals(fields, properties, where + ": record fields vs schema properties");
        assertEquals(alwaysThere, required, where + ": record fields but those added later vs required properties");
        for (RecordComponent component : record.getRecordComponents()) {
            Class<?> element = listElement(component.getGenericType());
            if (element != null && element.isRecord()) {
                compare(
                        element,
                        schema.get("properties").get(component.getName()).get("items"),
                        where + "." + component.getName());
            }
        }
    }

    private static Class<?> listElement(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            Type argument = parameterized.getActualTypeArguments()[0];
            return argument instanceof Class<?> element ? element : null;
        }
        return null;
    }
}
