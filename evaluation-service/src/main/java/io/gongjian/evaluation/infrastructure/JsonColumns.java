package io.gongjian.evaluation.infrastructure;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

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
        return read(text, type, () -> json.readerFor(type));
    }

    <T> T read(String text, TypeReference<T> type) {
        return read(text, type.getType(), () -> json.readerFor(type));
    }

    /**
     * A reader per type: resolving a generic type again for every row costs more than reading a short one. Without
     * the duplicate-key check requests get: what is read here was written by {@link #write}, and the check's set of
     * names per object was a sixth of reading a ranking's figures.
     */
    private <T> T read(String text, Type type, Supplier<ObjectReader> reader) {
        try {
            return readers.computeIfAbsent(
                            type, t -> reader.get().without(JsonParser.Feature.STRICT_DUPLICATE_DETECTION))
                    .readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not a " + type.getTypeName(), e);
        }
    }
}
