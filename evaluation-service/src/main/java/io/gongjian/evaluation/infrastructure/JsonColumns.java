package io.gongjian.evaluation.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Values kept as JSON in VARCHAR columns: what is written is always readable back, so failures are bugs. */
@ApplicationScoped
class JsonColumns {

    @Inject
    ObjectMapper json;

    private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not a " + type.getSimpleName(), e);
        }
    }

    <T> T read(String text, TypeReference<T> type) {
        try {
            // A reader per type: resolving a generic type again for every row costs more than reading a short one.
            return readers.computeIfAbsent(type.getType(), t -> json.readerFor(type))
                    .readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not a " + type.getType(), e);
        }
    }
}
