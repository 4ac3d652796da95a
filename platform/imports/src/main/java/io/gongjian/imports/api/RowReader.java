package io.gongjian.imports.api;

import io.gongjian.commons.api.EnumLabels;
import io.gongjian.commons.domain.Message;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.export.UploadedTable;
import io.gongjian.imports.application.ImportBinding;
import io.gongjian.imports.application.ImportRow;
import io.gongjian.imports.domain.RowProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads the rows of an uploaded table into the requests of an {@link ImportBinding}, as a POST body would be read and
 * checked: each cell as its field's type (enum columns by code or Chinese label, dates also as Excel serial
 * numbers), then the request's Bean Validation constraints, said in Chinese and English. The rules of the domain are
 * checked where a POST checks them, in the write. A row that repeats an
 * earlier one is refused. What a row cannot be read as is its problems; the file's headings are checked first, and a
 * heading nobody knows refuses the file.
 */
final class RowReader {

    /** The headings of a report's own columns, ignored so that a corrected report can be uploaded again. */
    static final List<String> REPORT_HEADINGS = List.of("行号 row", "列 column", "规则 rule", "说明", "message");

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.ofPattern("uuuu年M月d日"));
    /** Excel's serial of 9999-12-31; larger numbers are no dates. */
    private static final int LAST_SERIAL = 2958465;

    private final ImportBinding<?> kind;
    private final Validator english;
    private final Validator chinese;
    private final int[] columnAt;

    /** Refuses a file whose headings do not fit the kind. */
    RowReader(ImportBinding<?> kind, ValidatorFactory validation, List<String> headings) {
        this.kind = kind;
        this.english = in(validation, Message.ENGLISH);
        this.chinese = in(validation, Message.CHINESE);
        this.columnAt = columnsOf(headings);
    }

    /**
     * Reads every row of the table. A repeat of an earlier row is known by a digest of its cells, so that what a
     * pass keeps per row is a few dozen bytes, not the row.
     */
    void forEachRow(UploadedTable table, Consumer<ImportRow> each) {
        Map<Digest, Integer> seen = new HashMap<>();
        table.forEachRow(row -> {
            List<String> values = new ArrayList<>(columnAt.length);
            for (int at : columnAt) {
                values.add(
                        at < 0 || at >= row.values().size()
                                ? ""
                                : row.values().get(at).strip());
            }
            Integer first = seen.putIfAbsent(Digest.of(values), row.number());
            each.accept(
                    first != null
                            ? refused(row, RowProblem.of(null, Message.of("import.duplicate-row", first)))
                            : read(row, values));
        });
    }

    /** 128 bits of the SHA-256 of a row's cells: equal rows, equal digests; unequal ones, practically never. */
    private record Digest(long high, long low) {
        static Digest of(List<String> values) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (String value : values) {
                    sha.update(value.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
                ByteBuffer bytes = ByteBuffer.wrap(sha.digest());
                return new Digest(bytes.getLong(), bytes.getLong());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** For each column of the kind, where the file has it (-1 where it does not). */
    private int[] columnsOf(List<String> headings) {
        int[] columnAt = new int[kind.columns().size()];
        Arrays.fill(columnAt, -1);
        for (int h = 0; h < headings.size(); h++) {
            // A workbook heads a column on two lines (Chinese, English), a CSV file on one.
            String heading = headings.get(h).replace('\n', ' ').strip();
            if (heading.isEmpty() || REPORT_HEADINGS.contains(heading)) {
                continue;
            }
            int column = columnNamed(heading);
            if (column < 0) {
                throw new RuleViolation(
                        "file",
                        "import.unknown-heading",
                        heading,
                        kind.columns().stream()
                                .map(ImportBinding.Column::heading)
                                .toList());
            }
            if (columnAt[column] >= 0) {
                throw new RuleViolation("file", "import.repeated-heading", heading);
            }
            columnAt[column] = h;
        }
        for (int c = 0; c < columnAt.length; c++) {
            if (columnAt[c] < 0 && kind.columns().get(c).required()) {
                throw new RuleViolation(
                        "file", "import.missing-heading", kind.columns().get(c).heading());
            }
        }
        return columnAt;
    }

    private int columnNamed(String heading) {
        for (int c = 0; c < kind.columns().size(); c++) {
            ImportBinding.Column column = kind.columns().get(c);
            if (heading.equals(column.chinese())
                    || heading.equalsIgnoreCase(column.english())
                    || heading.equalsIgnoreCase(column.heading())) {
                return c;
            }
        }
        return -1;
    }

    private ImportRow read(UploadedTable.Row row, List<String> values) {
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Object> fields = new HashMap<>();
        for (int c = 0; c < kind.columns().size(); c++) {
            ImportBinding.Column column = kind.columns().get(c);
            String text = values.get(c);
            if (text.isEmpty()) {
                continue;
            }
            try {
                fields.put(
                        column.english(), column.element() == null ? value(text, column.type()) : items(text, column));
            } catch (Unreadable unreadable) {
                problems.add(RowProblem.of(column.english(), Message.of("import.not-a", text, unreadable.expected)));
            }
        }
        if (!problems.isEmpty()) {
            return ImportRow.refused(row.number(), row.values(), problems);
        }
        Object request = request(fields);
        problems.addAll(violations(request));
        if (!problems.isEmpty()) {
            return ImportRow.refused(row.number(), row.values(), problems);
        }
        return new ImportRow(row.number(), row.values(), request, List.of());
    }

    /** A list (or set) in one cell, its items apart by spaces or semicolons. */
    private static Object items(String text, ImportBinding.Column column) {
        List<Object> items = Arrays.stream(text.split("[\\s;；]+"))
                .filter(item -> !item.isEmpty())
                .map(item -> value(item, column.element()))
                .toList();
        return Set.class.isAssignableFrom(column.type()) ? new LinkedHashSet<>(items) : items;
    }

    private static ImportRow refused(UploadedTable.Row row, RowProblem problem) {
        return ImportRow.refused(row.number(), row.values(), List.of(problem));
    }

    /** The request, by its canonical constructor, with the row's values by field name (nested requests too). */
    private Object request(Map<String, Object> fields) {
        return build(kind.request(), fields);
    }

    private static Object build(Class<?> type, Map<String, Object> fields) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int c = 0; c < components.length; c++) {
            RecordComponent component = components[c];
            arguments[c] = ImportBinding.isNested(component)
                    ? build(component.getType(), fields)
                    : fields.get(component.getName());
        }
        try {
            return type.getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new))
                    .newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a " + type.getSimpleName(), e);
        }
    }

    /** The request's constraint violations, each said in both languages, in field order. */
    private List<RowProblem> violations(Object request) {
        List<ConstraintViolation<Object>> inEnglish = sorted(english.validate(request));
        if (inEnglish.isEmpty()) {
            return List.of();
        }
        List<ConstraintViolation<Object>> inChinese = sorted(chinese.validate(request));
        List<RowProblem> problems = new ArrayList<>();
        for (int v = 0; v < inEnglish.size(); v++) {
            ConstraintViolation<Object> violation = inEnglish.get(v);
            String rule = violation
                    .getConstraintDescriptor()
                    .getAnnotation()
                    .annotationType()
                    .getSimpleName();
            // The column: a field of a nested request is named without its parent.
            String path = violation.getPropertyPath().toString().replace(".<list element>", "");
            String field = path.substring(path.lastIndexOf('.') + 1);
            problems.add(new RowProblem(field, rule, inChinese.get(v).getMessage(), violation.getMessage()));
        }
        return problems;
    }

    private static List<ConstraintViolation<Object>> sorted(Set<ConstraintViolation<Object>> violations) {
        return violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> violation) ->
                                violation.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessageTemplate))
                .toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(String text, Class<?> type) {
        if (type == String.class) {
            return text;
        }
        if (type == Integer.class || type == int.class) {
            try {
                return new BigDecimal(text).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw new Unreadable(Message.of("json.type.whole"));
            }
        }
        if (type == BigDecimal.class) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new Unreadable(Message.of("json.type.number"));
            }
        }
        if (type == UUID.class) {
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                throw new Unreadable(Message.of("json.type.uuid"));
            }
        }
        if (type == LocalDate.class) {
            return date(text);
        }
        if (type.isEnum()) {
            return enumValue(text, (Class<? extends Enum>) type);
        }
        throw new IllegalStateException("no import of " + type.getSimpleName() + " columns");
    }

    /** ISO and the usual Chinese spellings of a date, or Excel's serial number of a day. */
    private static LocalDate date(String text) {
        if (text.chars().allMatch(Character::isDigit) && text.length() <= 7) {
            int serial = Integer.parseInt(text);
            if (serial >= 1 && serial <= LAST_SERIAL) {
                return DateUtil.getLocalDateTime(serial).toLocalDate();
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException next) {
                // the next spelling
            }
        }
        throw new Unreadable(Message.of("json.type.date"));
    }

    /** By code (any case) or by its Chinese label in the platform's catalogue. */
    private static <E extends Enum<E>> E enumValue(String text, Class<E> type) {
        Map<String, EnumLabels.Label> labels = EnumLabels.all().getOrDefault(type.getSimpleName(), Map.of());
        for (E constant : type.getEnumConstants()) {
            EnumLabels.Label label = labels.get(constant.name());
            if (constant.name().equalsIgnoreCase(text)
                    || (label != null && label.zh().equals(text))) {
                return constant;
            }
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants())
                .map(constant -> labels.containsKey(constant.name())
                        ? labels.get(constant.name()).zh() + " (" + constant.name() + ")"
                        : constant.name())
                .toList();
        throw new Unreadable(Message.of("json.type.enum", String.join(", ", allowed)));
    }

    private static Validator in(ValidatorFactory validation, Locale language) {
        MessageInterpolator interpolator = validation.getMessageInterpolator();
        return validation
                .usingContext()
                .messageInterpolator(new MessageInterpolator() {
                    @Override
                    public String interpolate(String template, Context context) {
                        return interpolator.interpolate(template, context, language);
                    }

                    @Override
                    public String interpolate(String template, Context context, Locale locale) {
                        return interpolator.interpolate(template, context, language);
                    }
                })
                .getValidator();
    }

    /** A cell that is not what its column holds. */
    private static final class Unreadable extends RuntimeException {
        final transient Message expected;

        Unreadable(Message expected) {
            super(null, null, false, false);
            this.expected = expected;
        }
    }
}
