package io.gongjian.commons.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.gongjian.commons.domain.Message;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Says why a request body could not be read, in words a bureau clerk understands: which field (its JSON path, e.g.
 * {@code term.start} or {@code evidenceLinks[1]}) and what it should have been ("a date YYYY-MM-DD", "one of
 * ACTIVE, REVOKED"). Jackson's own messages name Java classes, so none of them is passed on as it is.
 */
final class JsonProblems {

    private static final int SHOWN_CHARACTERS = 40;

    private JsonProblems() {}

    /** The 400 problem for a body Jackson refused. */
    static ProblemDetail of(JsonProcessingException exception, String instance) {
        String field = fieldOf(exception);
        ProblemDetail problem = ProblemDetail.of(400, "unreadable-body", detail(exception, field), instance);
        return field == null ? problem : problem.withField(field);
    }

    /** A value as the detail shows it: quoted, shortened, without control characters. */
    static String quoted(Object value) {
        String text = String.valueOf(value).replaceAll("\\p{Cntrl}", "?");
        return "'" + (text.length() > SHOWN_CHARACTERS ? text.substring(0, SHOWN_CHARACTERS) + "…" : text) + "'";
    }

    private static Message detail(JsonProcessingException exception, String field) {
        if (exception instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream()
                    .map(Object::toString)
                    .sorted()
                    .collect(Collectors.joining(", "));
            return field != null && field.contains(".")
                    ? Message.of("json.unknown-field-at", unknown.getPropertyName(), field, known)
                    : Message.of("json.unknown-field", unknown.getPropertyName(), known);
        }
        if (exception instanceof StrictJson.Refused refused) {
            return at(field, allowedValues(refused.reason(), refused.getTargetType()));
        }
        if (exception instanceof InvalidFormatException invalid) {
            return at(field, invalidValue(invalid.getValue(), invalid.getTargetType()));
        }
        if (exception instanceof InvalidNullException) {
            return at(field, Message.of("json.null"));
        }
        InputCoercionException outOfRange = Causes.find(exception, InputCoercionException.class);
        if (outOfRange != null) {
            return at(field, Message.of("json.out-of-range", range(outOfRange.getTargetType())));
        }
        if (exception instanceof MismatchedInputException mismatched) {
            return mismatch(mismatched, field);
        }
        if (Causes.find(exception, StreamConstraintsException.class) != null) {
            return Message.of("json.too-much");
        }
        JsonParseException parse = Causes.find(exception, JsonParseException.class);
        if (parse != null) {
            return malformed(parse, field);
        }
        return at(field, Message.of("json.unreadable"));
    }

    /** "field: what is wrong", or what is wrong alone for the body itself. */
    private static Message at(String field, Message wrong) {
        return field == null ? wrong : Message.of("field-says", field, wrong);
    }

    private static Message invalidValue(Object value, Class<?> type) {
        if (type != null && type.isEnum()) {
            return allowedValues(Message.of("json.not-allowed", quoted(value)), type);
        }
        if (value instanceof String text && type != null && type != String.class && describesNumberOrTruth(type)) {
            return Message.of(text.isEmpty() ? "json.expected-not-empty" : "json.expected-unquoted", describe(type));
        }
        if (value instanceof Number) {
            return Message.of("json.expected", describe(type));
        }
        return Message.of("json.is-not", quoted(value), describe(type));
    }

    private static Message mismatch(MismatchedInputException mismatched, String field) {
        String message = String.valueOf(mismatched.getOriginalMessage());
        if (message.startsWith("Trailing token")) {
            return Message.of("json.trailing");
        }
        Message expected = describe(mismatched.getTargetType());
        if (field == null) {
            return Message.of(message.startsWith("No content") ? "json.body-empty" : "json.body-must-be", expected);
        }
        if (message.startsWith("Cannot coerce empty String")
                || message.startsWith("Cannot coerce String value (\"\")")) {
            return at(field, Message.of("json.expected-not-empty", expected));
        }
        return at(
                field,
                Message.of(
                        message.startsWith("Cannot coerce String") ? "json.expected-unquoted" : "json.expected",
                        expected));
    }

    private static Message malformed(JsonParseException parse, String field) {
        String message = String.valueOf(parse.getOriginalMessage());
        if (message.startsWith("Duplicate field")) {
            return at(field, Message.of("json.duplicate"));
        }
        if (parse instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return Message.of("json.incomplete");
        }
        for (String tail : List.of(" (start marker", "\n", " at [Source")) {
            int cut = message.indexOf(tail);
            if (cut >= 0) {
                message = message.substring(0, cut);
            }
        }
        // The parser's own words (in English) say what it met, with Java names taken out.
        String said = message.replaceAll("`[^`]*`", "a value");
        return parse.getLocation() == null
                ? Message.of("json.malformed", said)
                : Message.of(
                        "json.malformed-at",
                        parse.getLocation().getLineNr(),
                        parse.getLocation().getColumnNr(),
                        said);
    }

    /** In words: "a date YYYY-MM-DD", "one of A, B", "a list". */
    static Message describe(Class<?> type) {
        return Message.of("json.type." + kindOf(type), type != null && type.isEnum() ? names(type) : "");
    }

    private static String kindOf(Class<?> type) {
        if (type == null) {
            return "any";
        }
        if (type.isEnum()) {
            return "enum";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "text";
        }
        if (List.of(Integer.class, int.class, Long.class, long.class, Short.class, short.class, BigInteger.class)
                .contains(type)) {
            return "whole";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "date-time";
        }
        if (type == UUID.class) {
            return "uuid";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "map";
        }
        return "object";
    }

    private static boolean describesNumberOrTruth(Class<?> type) {
        return List.of("whole", "number", "boolean").contains(kindOf(type));
    }

    private static Message allowedValues(Message wrong, Class<?> type) {
        return type != null && type.isEnum() ? Message.of("json.allowed", wrong, names(type)) : wrong;
    }

    private static String names(Class<?> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name())
                .collect(Collectors.joining(", "));
    }

    private static Message range(Class<?> type) {
        if (type == Integer.TYPE || type == Integer.class) {
            return Message.of("json.range.whole", Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == Long.TYPE || type == Long.class) {
            return Message.of("json.range.whole", Long.MIN_VALUE, Long.MAX_VALUE);
        }
        return Message.of("json.range.smaller", StrictJson.LARGEST_NUMBER.toPlainString());
    }

    /**
     * The JSON path of the offending value: from Jackson's chain of references when it mapped the body (an empty
     * chain is the body itself), else from where the parser stood when the text itself was wrong.
     */
    private static String fieldOf(JsonProcessingException exception) {
        StringBuilder field = new StringBuilder();
        if (exception instanceof JsonMappingException mapping) {
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                append(field, reference.getFieldName(), reference.getIndex());
            }
        } else if (exception.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            Deque<JsonStreamContext> contexts = new ArrayDeque<>();
            for (JsonStreamContext context = parser.getParsingContext();
                    context != null && !context.inRoot();
                    context = context.getParent()) {
                contexts.push(context);
            }
            contexts.forEach(context -> append(
                    field,
                    context.inObject() ? context.getCurrentName() : null,
                    context.inArray() ? context.getCurrentIndex() : -1));
        }
        return field.isEmpty() ? null : field.toString();
    }

    private static void append(StringBuilder field, String name, int index) {
        if (name != null) {
            field.append(field.isEmpty() ? "" : ".").append(name);
        } else if (index >= 0) {
            field.append('[').append(index).append(']');
        }
    }
}
