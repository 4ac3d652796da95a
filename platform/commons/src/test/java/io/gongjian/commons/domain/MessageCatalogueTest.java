package io.gongjian.commons.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The one message catalogue says every message in both languages, with the same arguments. */
class MessageCatalogueTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d{1,2})}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void everyKeyHasAnEnglishAndAChineseTextWithTheSameArguments() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        assertFalse(english.isEmpty());
        assertEquals(english.stringPropertyNames(), chinese.stringPropertyNames(), "the same keys in both files");
        assertAll(english.stringPropertyNames().stream().map(key -> () -> {
            assertEquals(arguments(english.getProperty(key)), arguments(chinese.getProperty(key)), key);
            assertFalse(english.getProperty(key).isBlank(), key);
        }));
    }

    @Test
    void theChineseTextIsChineseWhereTheEnglishIsWords() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        assertAll(english.stringPropertyNames().stream()
                .filter(key -> english.getProperty(key).matches(".*[a-z]{3,} [a-z]{3,}.*"))
                .map(key -> () -> assertTrue(
                        HAN.matcher(chinese.getProperty(key)).find(),
                        () -> key + " is not translated: " + chinese.getProperty(key))));
    }

    @Test
    void aMessageIsSaidInEitherLanguageWithItsArgumentsAndNestedMessages() {
        Message message = Message.of(
                "date.after-bound", "occurredOn", LocalDate.of(2026, 5, 1), Message.of("bound.today"), "2026-04-30");
        assertEquals("occurredOn 2026-05-01 is after today (2026-04-30)", message.in(Message.ENGLISH));
        assertEquals("occurredOn 2026-05-01 晚于今天（2026-04-30）", message.in(Message.CHINESE));
        assertEquals(message.in(Message.ENGLISH), message.toString());
    }

    @Test
    void braceTextThatIsNoArgumentStaysAndAMissingKeyShowsItself() {
        assertEquals(
                "an item is raised open; complete it with POST …/{id}/complete",
                Message.of("rectification.raised-open").in(Message.ENGLISH));
        assertEquals("no.such.key", Message.of("no.such.key").in(Message.CHINESE));
        assertEquals("1 bytes", Message.of("gateway.bytes", 1, 2).in(Message.ENGLISH));
    }

    @Test
    void aDomainRefusalKeepsItsEnglishTextForLogs() {
        RuleViolation refusal = new RuleViolation("page", "page.size", 100);
        assertEquals("page size must be between 1 and 100", refusal.getMessage());
        assertEquals("每页条数应在 1 到 100 之间", refusal.reason().in(Message.CHINESE));
        assertEquals("共建关系 x 不存在", new NotFound("partnership", "x").reason().in(Message.CHINESE));
    }

    private static Set<String> arguments(String text) {
        Matcher matcher = ARGUMENT.matcher(text);
        Set<String> found = new TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found.stream().collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Message.class.getResourceAsStream("/io/gongjian/commons/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
