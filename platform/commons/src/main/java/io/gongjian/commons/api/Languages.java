package io.gongjian.commons.api;

import io.gongjian.commons.domain.Message;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The language a caller prefers among those the message catalogue speaks ({@link Message#LANGUAGES}), from its
 * {@code Accept-Language} header (RFC 9110: ranges with q-values; {@code zh}, {@code zh-CN}, {@code zh-Hans} all
 * mean Chinese). English when the header is absent, unreadable or names neither.
 */
public final class Languages {

    public static final String ACCEPT_LANGUAGE = "Accept-Language";
    public static final String CONTENT_LANGUAGE = "Content-Language";

    private static final List<String> TAGS =
            Message.LANGUAGES.stream().map(Locale::toLanguageTag).collect(Collectors.toUnmodifiableList());

    private Languages() {}

    public static Locale preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Message.ENGLISH;
        }
        try {
            // Lookup (RFC 4647 §3.4) tries each range by weight, shortening "zh-Hans-CN" to "zh-Hans" and "zh".
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), TAGS);
            return tag == null ? Message.ENGLISH : Locale.forLanguageTag(tag);
        } catch (IllegalArgumentException unreadable) {
            return Message.ENGLISH;
        }
    }
}
