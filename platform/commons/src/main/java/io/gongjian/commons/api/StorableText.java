package io.gongjian.commons.api;

import io.gongjian.commons.domain.Message;

/**
 * Text that can be stored exactly as it was sent. PostgreSQL refuses the NUL character in text, and a lone half of
 * a UTF-16 surrogate pair cannot be encoded in UTF-8 (the driver would store '?'): both are refused at the edge, in
 * JSON strings and query values alike, so that they never reach the database as a 500 or a silent change.
 */
final class StorableText {

    private StorableText() {}

    /** Why {@code text} cannot be stored as sent, or {@code null} when it can. */
    static Message flaw(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Message.of("text.nul");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Message.of("text.broken-character", i + 1);
            }
        }
        return null;
    }
}
