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
        ProblemDetail problem =
                ProblemDetail.of(400, "unreadable-body", "Unreadable request body", detail(exception, field), instance);
        return field == null ? problem : problem.withField(field);
    }

    /** A value as the detail shows it: quoted, shortened, without control characters. */
    static String quoted(Object value) {
        String text = String.valueOf(value).replaceAll("\\p{Cntrl}", "?");
        return "'" + (text.length() > SHOWN_CHARACTERS ? text.substring(0, SHOWN_CHARACTERS) + "…" : text) + "'";
    }

    private static String detail(JsonProcessingException exception, String field) {
        String at = field == null ? "" : field + ": ";
        if (exception instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'"
                    + (field != null && field.contains(".") ? " at " + field : "") + "; known fields: "
                    + unknown.getKnownPropertyIds().stream()
                            .map(Object::toString)
                            .sorted()
                            .collect(Collectors.joining(", "));
        }
        if (exception instanceof StrictJson.Refused refused) {
            return at + refused.reason() + allowedValues(refused.getTargetType());
        }
        if (exception instanceof InvalidFormatException invalid) {
            return at + invalidValue(invalid.getValue(), invalid.getTargetType());
        }
        if (exception instanceof InvalidNullException) {
            return at + "a value is required, not null";
        }
        InputCoercionException outOfRange = Causes.find(exception, InputCoercionException.class);
        if (outOfRange != null) {
            return at + "the number is out of range; expected " + range(outOfRange.getTargetType());
        }
        if (exception instanceof MismatchedInputException mismatched) {
            return mismatch(mismatched, field);
        }
        if (Causes.find(exception, StreamConstraintsException.class) != null) {
            return "the request body goes beyond what this API reads: too long a text or number, or too deep a"
                    + " nesting";
        }
        JsonParseException parse = Causes.find(exception, JsonParseException.class);
        if (parse != null) {
            return malformed(parse, at);
        }
        return at + "the value cannot be read";
    }

    private static String invalidValue(Object value, Class<?> type) {
        if (type != null && type.isEnum()) {
            return quoted(value) + " is not one of the allowed values" + allowedValues(type);
        }
        if (value instanceof String text && type != null && type != String.class && describesNumberOrTruth(type)) {
            return "expected " + describe(type) + (text.isEmpty() ? ", not an empty text" : ", written without quotes");
        }
        if (value instanceof Number) {
            return "expected " + describe(type);
        }
        return quoted(value) + " is not " + describe(type);
    }

    private static String mismatch(MismatchedInputException mismatched, String field) {
        String message = String.valueOf(mismatched.getOriginalMessage());
        if (message.startsWith("Trailing token")) {
            return "malformed JSON: the body holds more than one JSON value; send exactly one";
        }
        if (field == null) {
            return message.startsWith("No content")
                    ? "the request body is empty; expected " + describe(mismatched.getTargetType())
                    : "the request body must be " + describe(mismatched.getTargetType());
        }
        String expected = field + ": expected " + describe(mismatched.getTargetType());
        if (message.startsWith("Cannot coerce empty String")
                || message.startsWith("Cannot coerce String value (\"\")")) {
            return expected + ", not an empty text";
        }
        return message.startsWith("Cannot coerce String") ? expected + ", written without quotes" : expected;
    }

    private static String malformed(JsonParseException parse, String at) {
        String message = String.valueOf(parse.getOriginalMessage());
        if (message.startsWith("Duplicate field")) {
            return at + "the field appears more than once; send each field once";
        }
        if (parse instanceof JsonEOFException) {
            return "malformed JSON: the body ends before its JSON is complete";
        }
        for (String tail : List.of(" (start marker", "\n", " at [Source")) {
            int cut = message.indexOf(tail);
            if (cut >= 0) {
                message = message.substring(0, cut);
            }
        }
        String where = parse.getLocation() == null
                ? ""
                : " at line " + parse.getLocation().getLineNr() + ", column "
                        + parse.getLocation().getColumnNr();
        return "malformed JSON" + where + ": " + message.replaceAll("`[^`]*`", "a value");
    }

    /** In words: "a date YYYY-MM-DD", "one of A, B", "a list". */
    static String describe(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + names(type);
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a text in quotes";
        }
        if (List.of(Integer.class, int.class, Long.class, long.class, Short.class, short.class, BigInteger.class)
                .contains(type)) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time such as 2026-03-12T09:30:00+08:00";
        }
        if (type == UUID.class) {
            return "an id (a UUID such as 45020000-0000-4000-8000-000000000001)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [ … ]";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object of named values { \"name\": value, … }";
        }
        return "an object { … }";
    }

    private static boolean describesNumberOrTruth(Class<?> type) {
        String words = describe(type);
        return words.contains("number") || words.equals("true or false");
    }

    private static String allowedValues(Class<?> type) {
        return type != null && type.isEnum() ? "; allowed: " + names(type) : "";
    }

    private static String names(Class<?> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name())
                .collect(Collectors.joining(", "));
    }

    private static String range(Class<?> type) {
        if (type == Integer.TYPE || type == Integer.class) {
            return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == Long.TYPE || type == Long.class) {
            return "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        return "a smaller number (below " + StrictJson.LARGEST_NUMBER.toPlainString() + ")";
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
