package io.gongjian.activity.api;

import io.gongjian.activity.domain.RecordDetails;
import io.gongjian.records.api.RecordRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A kind of record a spreadsheet can import: its name in the API and the request record a single POST takes. Its
 * columns are that record's fields, in order, headed in Chinese (declared here) or by the field's own name; a row is
 * read into the request and checked exactly as a POST body is. Declaring another kind is one line in
 * {@link ImportKinds}.
 *
 * @param name as {@code kind} in the API: {@code activities}, …
 * @param example one valid row, by field, for the template
 */
public record ImportKind(
        String name,
        Class<? extends RecordRequest<? extends RecordDetails>> request,
        List<Column> columns,
        Map<String, String> example) {

    /**
     * One column: the request field it fills ({@code english}, as the JSON API names it), its Chinese heading, the
     * type its text is read as, and the element type of a list.
     */
    public record Column(String english, String chinese, Class<?> type, Class<?> element, boolean required) {

        /** "活动类型 type": how the template and the report head it. */
        public String heading() {
            return chinese + " " + english;
        }
    }

    /**
     * @param chinese the Chinese heading of every field of the request, in any order
     * @param example an example value of every field worth showing
     */
    public static ImportKind of(
            String name,
            Class<? extends RecordRequest<? extends RecordDetails>> request,
            Map<String, String> chinese,
            Map<String, String> example) {
        List<Column> columns = new ArrayList<>();
        for (RecordComponent field : request.getRecordComponents()) {
            String heading = chinese.get(field.getName());
            if (heading == null) {
                throw new IllegalArgumentException(request.getSimpleName() + "." + field.getName() + " has no heading");
            }
            Class<?> element = field.getGenericType() instanceof ParameterizedType list
                    ? (Class<?>) list.getActualTypeArguments()[0]
                    : null;
            boolean required = field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class);
            columns.add(new Column(field.getName(), heading, field.getType(), element, required));
        }
        return new ImportKind(name, request, List.copyOf(columns), new LinkedHashMap<>(example));
    }

    /** The values of a row in the request's order, to build the request with its canonical constructor. */
    Object[] arguments(Map<String, Object> values) {
        return columns.stream().map(column -> values.get(column.english())).toArray();
    }

    Class<?>[] types() {
        return Arrays.stream(request.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
    }
}
