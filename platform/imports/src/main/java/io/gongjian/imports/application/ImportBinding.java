package io.gongjian.imports.application;

import io.gongjian.commons.security.Caller;
import io.gongjian.imports.domain.ImportKind;
import io.gongjian.imports.domain.ImportMode;
import io.gongjian.imports.domain.RowOutcome;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a service imports one {@link ImportKind}: the request record a row is read into (its fields are the columns,
 * in order, headed in Chinese as declared here or by the field's own name, checked by the record's Bean Validation
 * exactly as a POST body is), and the write that hands a read row to the service's own use case of a single POST.
 * A field that is itself a request record marked {@code @Valid} (a POST's body beside what the row adds, such as the
 * achievement a conversion belongs to) gives its own fields as columns: a row is flat. A service declares each kind
 * it keeps as a bean of this type; everything else of an import is shared.
 *
 * @param example one valid row, by field, for the template
 * @param write the one way a row becomes a record; refusals are {@code DomainException}s, as for a POST
 */
public record ImportBinding<R extends Record>(
        ImportKind kind, Class<R> request, List<Column> columns, Map<String, String> example, Writer<R> write) {

    /**
     * Writes one row's request as the caller, in the transaction the import opened, as {@code mode} says; answers
     * what it did.
     */
    @FunctionalInterface
    public interface Writer<R> {
        RowOutcome write(Caller caller, R request, ImportMode mode);
    }

    /**
     * One column: the request field it fills ({@code english}, as the JSON API names it), its Chinese heading, the
     * type its text is read as, and the element type of a list. Field names are unique across nested requests.
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
    public static <R extends Record> ImportBinding<R> of(
            ImportKind kind,
            Class<R> request,
            Map<String, String> chinese,
            Map<String, String> example,
            Writer<R> write) {
        List<Column> columns = new ArrayList<>();
        for (RecordComponent field : request.getRecordComponents()) {
            if (isNested(field)) {
                for (RecordComponent inner : field.getType().getRecordComponents()) {
                    columns.add(column(inner, chinese));
                }
            } else {
                columns.add(column(field, chinese));
            }
        }
        return new ImportBinding<>(kind, request, List.copyOf(columns), new LinkedHashMap<>(example), write);
    }

    /** A field that is a request of its own ({@code @Valid} record), whose fields are columns of the row. */
    public static boolean isNested(RecordComponent field) {
        try {
            return field.getType().isRecord()
                    && field.getDeclaringRecord()
                            .getDeclaredField(field.getName())
                            .isAnnotationPresent(Valid.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(field + " has no field", e);
        }
    }

    private static Column column(RecordComponent field, Map<String, String> chinese) {
        String heading = chinese.get(field.getName());
        if (heading == null) {
            throw new IllegalArgumentException(
                    field.getDeclaringRecord().getSimpleName() + "." + field.getName() + " has no heading");
        }
        Class<?> element = field.getGenericType() instanceof ParameterizedType list
                ? (Class<?>) list.getActualTypeArguments()[0]
                : null;
        boolean required = field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class);
        return new Column(field.getName(), heading, field.getType(), element, required);
    }

    /** Writes a row read as this kind's request. */
    RowOutcome writeRow(Caller caller, Object row, ImportMode mode) {
        return write.write(caller, request.cast(row), mode);
    }
}
