package io.gongjian.gateway.edge;

import io.gongjian.commons.domain.Message;
import java.util.HexFormat;

/**
 * Whether a raw request path is in the one form routing and the services agree on. Routing looks at the path with
 * dot-segments resolved, a backend at the path as sent: {@code /api/v1/partnerships/../../../q/metrics} would be
 * one thing to the gateway and another to whoever resolves it next. So no dot-segments, and no percent-encoded dot,
 * slash, backslash, percent sign or control character (the encoded spellings of the same tricks, and of NUL); no
 * API path needs any of them.
 */
final class CanonicalPaths {

    private CanonicalPaths() {}

    /** What is wrong with the path, in words for the caller, or {@code null} when it is canonical. */
    static Message offence(String rawPath) {
        if (rawPath.indexOf('\\') >= 0) {
            return Message.of("path.backslash");
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return Message.of("path.dot-segment", segment);
            }
        }
        for (int at = rawPath.indexOf('%'); at >= 0; at = rawPath.indexOf('%', at + 1)) {
            if (at + 2 >= rawPath.length()
                    || !HexFormat.isHexDigit(rawPath.charAt(at + 1))
                    || !HexFormat.isHexDigit(rawPath.charAt(at + 2))) {
                return Message.of("path.bad-percent");
            }
            int encoded = HexFormat.fromHexDigits(rawPath, at + 1, at + 3);
            if (encoded == '.'
                    || encoded == '/'
                    || encoded == '\\'
                    || encoded == '%'
                    || encoded < 0x20
                    || encoded == 0x7f) {
                return Message.of("path.encoded", rawPath.substring(at, at + 3));
            }
        }
        return null;
    }
}
