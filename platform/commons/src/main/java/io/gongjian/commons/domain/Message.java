package io.gongjian.commons.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What the platform says to a person, as a key of the one message catalogue and its arguments, so that it can be
 * said in the caller's language: {@code io/gongjian/commons/messages.properties} (English, also the fallback) and
 * {@code messages_zh.properties} (简体中文). A pattern names its arguments {@code {0}}, {@code {1}}, …; an argument
 * that is itself a {@link Message} is said in the same language. Field names and enum codes are arguments and stay
 * as the API spells them.
 */
public record Message(String key, List<Object> arguments) {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.CHINESE;
    /** The languages the catalogue speaks, the first being the default. */
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, CHINESE);

    private static final String CATALOGUE = "io.gongjian.commons.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Message {
        arguments = List.copyOf(arguments);
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, Arrays.stream(arguments).map(Message::keep).toList());
    }

    /** The message in {@code language}; in English where the catalogue lacks the key in that language. */
    public String in(Locale language) {
        String pattern = pattern(key, language);
        StringBuilder text = new StringBuilder(pattern.length() + 32);
        int at = 0;
        while (at < pattern.length()) {
            int open = pattern.indexOf('{', at);
            int close = open < 0 ? -1 : pattern.indexOf('}', open);
            int index = close < 0 ? -1 : argumentIndex(pattern.substring(open + 1, close));
            if (index < 0 || index >= arguments.size()) {
                text.append(pattern, at, close < 0 ? pattern.length() : close + 1);
                at = close < 0 ? pattern.length() : close + 1;
                continue;
            }
            text.append(pattern, at, open);
            Object argument = arguments.get(index);
            text.append(argument instanceof Message nested ? nested.in(language) : argument);
            at = close + 1;
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return in(ENGLISH);
    }

    /** The catalogue in {@code language}: its own keys, and English for what it lacks. */
    private static ResourceBundle catalogue(Locale language) {
        return ResourceBundle.getBundle(CATALOGUE, language, Message.class.getClassLoader(), NO_FALLBACK);
    }

    private static String pattern(String key, Locale language) {
        try {
            return catalogue(language).getString(key);
        } catch (MissingResourceException missing) {
            return key; // a key the catalogue test would have caught; better the key than a 500
        }
    }

    private static Object keep(Object argument) {
        return argument instanceof Message ? argument : String.valueOf(argument);
    }

    private static int argumentIndex(String text) {
        if (text.isEmpty() || text.length() > 2 || !text.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(text);
    }
}
