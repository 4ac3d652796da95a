package io.gongjian.commons.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.gongjian.commons.domain.Message;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the JSON layer accepts, stricter than Jackson's defaults: what a client sends is either stored as sent or
 * refused naming the field, never quietly bent into something else. Text must be storable ({@link StorableText}),
 * dates are plain calendar dates of years 0001–9999, numbers stay below {@link #LARGEST_NUMBER}, and enum values
 * are spelled exactly as documented (no index, no padding).
 */
final class StrictJson {

    /** Above any count or amount of this domain, and below what a NUMERIC(14, 2) column holds. */
    static final BigDecimal LARGEST_NUMBER = new BigDecimal("1000000000000");

    private StrictJson() {}

    static Module module() {
        SimpleModule module = new SimpleModule("gongjian-strict-json");
        module.addDeserializer(String.class, new Text());
        module.addDeserializer(LocalDate.class, new CalendarDate());
        module.addDeserializer(BigDecimal.class, new BoundedDecimal());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(
                    DeserializationConfig config,
                    JavaType type,
                    BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return new ExactEnumName(deserializer);
            }
        });
        return module;
    }

    /** A value the API refuses, with what was wrong in words; the path to it is added as Jackson unwinds. */
    static final class Refused extends MismatchedInputException {

        private final transient Message reason;

        Refused(JsonParser parser, Class<?> type, Message reason) {
            super(parser, reason.toString(), type);
            this.reason = reason;
        }

        /** e.g. "contains the NUL character …", "must be a date YYYY-MM-DD". */
        Message reason() {
            return reason;
        }
    }

    /** Text as a JSON string only (a number or true is not quietly turned into text), and storable. */
    static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getText();
            Message flaw = StorableText.flaw(text);
            if (flaw != null) {
                throw new Refused(parser, String.class, flaw);
            }
            return text;
        }
    }

    /** A calendar date as {@link CalendarDates} reads it. */
    static final class CalendarDate extends StdScalarDeserializer<LocalDate> {

        CalendarDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            try {
                return CalendarDates.parse(parser.getText());
            } catch (CalendarDates.NotADate e) {
                throw new Refused(parser, LocalDate.class, e.reason());
            }
        }
    }

    /** A JSON number below {@link #LARGEST_NUMBER} in size: nothing larger is a count or an amount here. */
    static final class BoundedDecimal extends StdScalarDeserializer<BigDecimal> {

        BoundedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT) && !parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
            }
            BigDecimal value = parser.getDecimalValue();
            if (value.abs().compareTo(LARGEST_NUMBER) >= 0) {
                throw new Refused(
                        parser,
                        BigDecimal.class,
                        Message.of(
                                "json.number-too-large",
                                JsonProblems.quoted(parser.getText()),
                                LARGEST_NUMBER.toPlainString()));
            }
            return value;
        }
    }

    /** Enum values exactly as documented: Jackson would also take "0" as the first value and trim " ACTIVE ". */
    static final class ExactEnumName extends DelegatingDeserializer {

        ExactEnumName(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactEnumName(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
                throw new Refused(
                        parser, handledType(), Message.of("json.not-allowed", JsonProblems.quoted(parser.getText())));
            }
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText();
                if (text.isBlank() || !text.equals(text.strip()) || text.chars().allMatch(Character::isDigit)) {
                    throw new Refused(parser, handledType(), Message.of("json.not-allowed", JsonProblems.quoted(text)));
                }
            }
            return super.deserialize(parser, context);
        }
    }
}
