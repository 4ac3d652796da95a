package io.gongjian.export;

import io.gongjian.commons.api.EnumLabels;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One column of an exported list: its heading in Chinese with the English beside it, and the value of a row. Values
 * are written as what they are: numbers as numbers, dates as dates, text as text.
 */
public record ExportColumn<T>(String chinese, String english, Function<T, Object> value) {

    public static <T> ExportColumn<T> of(String chinese, String english, Function<T, Object> value) {
        return new ExportColumn<>(chinese, english, value);
    }

    /**
     * The Chinese label of an enum value, from the platform's one catalogue (the type named like the enum class);
     * the code itself where the catalogue has none.
     */
    public static <T> ExportColumn<T> label(String chinese, String english, Function<T, Enum<?>> value) {
        return new ExportColumn<>(chinese, english, row -> {
            Enum<?> code = value.apply(row);
            return code == null ? null : chinese(code);
        });
    }

    /** Several enum values in one cell, by their Chinese labels as {@link #label} gives them, joined by 、. */
    public static <T> ExportColumn<T> labels(
            String chinese, String english, Function<T, Collection<? extends Enum<?>>> values) {
        return new ExportColumn<>(chinese, english, row -> {
            Collection<? extends Enum<?>> codes = values.apply(row);
            return codes == null
                    ? null
                    : codes.stream().map(ExportColumn::chinese).collect(Collectors.joining("、"));
        });
    }

    private static String chinese(Enum<?> code) {
        Map<String, EnumLabels.Label> labels =
                EnumLabels.all().getOrDefault(code.getDeclaringClass().getSimpleName(), Map.of());
        EnumLabels.Label label = labels.get(code.name());
        return label == null ? code.name() : label.zh();
    }

    /** "排名 rank": the heading of a CSV file, on one line (one language alone where the other is empty). */
    String heading() {
        return WorkbookStyles.heading(chinese, english).replace('\n', ' ');
    }
}
