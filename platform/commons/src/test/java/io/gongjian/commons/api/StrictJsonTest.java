package io.gongjian.commons.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** What the platform's JSON reading takes, and how a refusal reads to the clerk who sent it. */
class StrictJsonTest {

    enum Status {
        ACTIVE,
        REVOKED
    }

    record Term(LocalDate start, LocalDate end) {}

    record Sample(String title, Status status, Integer count, BigDecimal amount, List<String> links, Term term) {}

    private static final ObjectMapper JSON = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonCustomizer().customize(mapper);
        return mapper;
    }

    private static String body(String member, String value) {
        String valid = "{\"title\":\"联学\",\"status\":\"ACTIVE\",\"count\":12,\"amount\":120.5,"
                + "\"links\":[\"https://a.cn/x.pdf\"],\"term\":{\"start\":\"2024-03-15\",\"end\":\"2027-03-14\"}}";
        return member == null
                ? valid
                : valid.replaceFirst(
                        "\"" + member + "\":[^,}\\]]*[}\\]]?", Matcher.quoteReplacement("\"" + member + "\":" + value));
    }

    /** "field | detail" of the problem the body is refused with. */
    private static String refusal(String json) {
        JsonProcessingException refused =
                assertThrows(JsonProcessingException.class, () -> JSON.readValue(json, Sample.class));
        ProblemDetail problem = JsonProblems.of(refused, "/samples");
        assertEquals(400, problem.status());
        return problem.field() + " | " + problem.detail();
    }

    @Test
    void readsAValidBodyExactlyAsSent() throws Exception {
        Sample sample = JSON.readValue(body(null, null), Sample.class);
        assertEquals(
                new Sample(
                        "联学",
                        Status.ACTIVE,
                        12,
                        new BigDecimal("120.5"),
                        List.of("https://a.cn/x.pdf"),
                        new Term(LocalDate.of(2024, 3, 15), LocalDate.of(2027, 3, 14))),
                sample);
    }

    @Test
    void refusesTextTheDatabaseCannotStoreNamingItsPath() {
        assertEquals(
                "title | title: contains the NUL character (\\u0000), which no text field can hold",
                refusal(body("title", "\"a\\u0000b\"")));
        assertEquals(
                "links[1] | links[1]: contains a broken character (half of a UTF-16 surrogate pair at position 2)",
                refusal(body("links", "[\"ok\",\"a\\udc00\"]")));
        assertEquals("title | title: expected a text in quotes", refusal(body("title", "12")));
    }

    @Test
    void refusesLenientEnumValuesListingTheAllowedOnes() {
        for (String lenient : List.of("\"0\"", "1", "\"ACTIVE \"", "\"active\"", "\"\"")) {
            assertEquals("status", refusal(body("status", lenient)).split(" \\| ")[0], lenient);
        }
        assertEquals(
                "status | status: '0' is not one of the allowed values; allowed: ACTIVE, REVOKED",
                refusal(body("status", "\"0\"")));
        assertEquals(
                "status | status: 'PAUSED' is not one of the allowed values; allowed: ACTIVE, REVOKED",
                refusal(body("status", "\"PAUSED\"")));
    }

    @Test
    void refusesAnythingButAPlainCalendarDateOfYears0001To9999() {
        assertEquals(
                "term.start | term.start: '2024-01-01T00:00:00' is not a date YYYY-MM-DD",
                refusal(body("term", "{\"start\":\"2024-01-01T00:00:00\",\"end\":\"2027-03-14\"}")));
        assertEquals(
                "term.end | term.end: '0000-01-01' is not a date YYYY-MM-DD of the years 0001 to 9999",
                refusal(body("term", "{\"start\":\"2024-01-01\",\"end\":\"0000-01-01\"}")));
        assertEquals(
                "term.end | term.end: '2024-02-30' is not a calendar date (YYYY-MM-DD)",
                refusal(body("term", "{\"start\":\"2024-01-01\",\"end\":\"2024-02-30\"}")));
        assertEquals(
                "term.end | term.end: expected a date YYYY-MM-DD",
                refusal(body("term", "{\"start\":\"2024-01-01\",\"end\":20240230}")));
    }

    @Test
    void refusesNumbersOutOfRangeOrOfTheWrongKind() {
        assertEquals(
                "count | count: the number is out of range; expected a whole number from -2147483648 to 2147483647",
                refusal(body("count", "99999999999")));
        assertEquals("count | count: expected a whole number", refusal(body("count", "12.5")));
        assertEquals(
                "count | count: expected a whole number, written without quotes", refusal(body("count", "\"12\"")));
        assertEquals("count | count: expected a whole number, not an empty text", refusal(body("count", "\"\"")));
        assertEquals(
                "amount | amount: '1e308' is too large; numbers here stay below 1000000000000",
                refusal(body("amount", "1e308")));
    }

    @Test
    void refusesARepeatedKeyAndASecondDocument() {
        assertEquals(
                "title | title: the field appears more than once; send each field once",
                refusal(body(null, null).replace("{\"title\":\"联学\",", "{\"title\":\"联学\",\"title\":\"x\",")));
        assertEquals(
                "null | malformed JSON: the body holds more than one JSON value; send exactly one",
                refusal(body(null, null) + " {}"));
    }

    @Test
    void describesTheShapeOfAWrongBodyInWords() {
        assertEquals("null | the request body must be an object { … }", refusal("[]"));
        assertEquals("links | links: expected a list [ … ]", refusal(body("links", "\"https://a.cn\"")));
        assertEquals("term | term: expected an object { … }", refusal(body("term", "\"2024\"")));
        assertEquals("title | malformed JSON: the body ends before its JSON is complete", refusal("{\"title\": \"x\""));
    }
}
